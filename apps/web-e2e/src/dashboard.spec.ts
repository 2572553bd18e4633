import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, test } from './support/fixtures.js';

test('the dashboard shows the RAG counts per priority as a chart and a table, and leads to the overdue actions', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill('partner@steerline.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(page).toHaveTitle('Dashboard - Steerline');
  await expect(page.getByText(/^Signed in as Pat Partner \(partner@steerline\.example\)$/)).toBeVisible();

  const table = page.getByRole('table', { name: /Number of actions by priority and RAG rating/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Priority', 'Red', 'Amber', 'Green', 'Blue (complete)', 'Grey (not started)', 'Total']);
  await expect(table.getByRole('rowheader')).toHaveCount(7);
  // DI-001, "Get online Tuesdays", serves priority 1 and is green in the demo data.
  const priorityOne = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Priority 1/ }) });
  await expect(priorityOne.getByRole('link', { name: /actions? rated Green, priority 1$/ })).toBeVisible();

  const chart = page.getByRole('img', { name: /^Stacked bar chart of the RAG ratings of actions by priority\. Priority 1: / });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveJSProperty('tagName', 'CANVAS');
  await expect(page.getByRole('list', { name: 'Key to the chart' }).getByRole('listitem')).toHaveText(['Red', 'Amber', 'Green', 'Blue (complete)', 'Grey (not started)']);

  await expect(page.getByRole('heading', { name: 'Overdue actions' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Milestones due in the next 30 days' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'My actions needing an update' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your governance bodies' }).getByText('External digital steering group')).toBeVisible();

  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);

  await page.getByRole('link', { name: 'View all overdue actions' }).click();
  await expect(page).toHaveURL(/\/actions\?overdue=true$/);
  await expect(page.getByLabel('Only overdue actions')).toBeChecked();
  await expectNoAxeViolations(page);
});

test('the chart code is not part of the first page load', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const firstLoad = [...scripts];

  await page.getByLabel('Email address').fill('board@steerline.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('img', { name: /^Stacked bar chart/ })).toBeVisible();

  await expectNoAxeViolations(page);
  expect(firstLoad.length).toBeGreaterThan(0);
  expect(scripts.filter((url) => !firstLoad.includes(url)), 'a script loaded for the chart').not.toEqual([]);
});
