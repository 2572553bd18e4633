import type { ActionDetail, MeResponse, PriorityRef } from '@steerline/contracts';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, tabTo, test } from './support/fixtures.js';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expectNoAxeViolations(page);
}

/**
 * Two actions of the signed-in partner's own steering group, owned by them and already past their due dates,
 * made through the API (as the partner may: their own body's actions). Each run makes its own, with its own titles.
 */
async function createOwnOverdueActions(page: Page): Promise<{ later: ActionDetail; earlier: ActionDetail }> {
  const me = (await (await page.request.get('/api/me')).json()) as MeResponse;
  const [priority] = (await (await page.request.get('/api/priorities')).json()) as PriorityRef[];
  const tag = Date.now().toString(36);
  const create = async (title: string, dueDate: string) => {
    const response = await page.request.post('/api/actions', {
      data: { title, priorityId: priority.id, ownerId: me.id, owningBodyId: me.bodies[0].id, startDate: '2025-01-06', dueDate },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as ActionDetail;
  };
  const later = await create(`Library taster sessions ${tag}`, '2025-06-30');
  const earlier = await create(`Drop-in volunteer rota ${tag}`, '2025-02-28');
  return { later, earlier };
}

const resultRows = (page: Page) => page.getByRole('region', { name: 'Actions' }).getByRole('row');
const rowOf = (page: Page, reference: string) => resultRows(page).filter({ has: page.getByRole('link', { name: reference, exact: true }) });

async function referencesInOrder(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Actions' }).getByRole('rowgroup').nth(1).getByRole('row').getByRole('link').allTextContents();
}

test('a partner filters the list to their own overdue actions, shares it as a link and sorts it by due date', async ({ page }) => {
  await signIn(page, 'partner@steerline.example');
  const { later, earlier } = await createOwnOverdueActions(page);

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Actions' }).click();
  await expect(page).toHaveURL(/\/actions$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actions');
  await expect(page).toHaveTitle('Actions - Steerline');
  await expect(page.getByRole('link', { name: 'DI-001', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);

  await page.getByLabel('Owner').selectOption({ label: 'Me (my actions)' });
  await page.getByLabel('Only overdue actions').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();

  await expect(page).toHaveURL(/\/actions\?owner=me&overdue=true$/);
  await expect(rowOf(page, later.reference)).toContainText('Overdue');
  await expect(rowOf(page, earlier.reference)).toContainText('Overdue');
  await expect(rowOf(page, earlier.reference)).toContainText('Pat Partner');
  // DI-001 is the partner's too, but not overdue.
  await expect(page.getByRole('link', { name: 'DI-001', exact: true })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(/^Showing 1 to \d+ of \d+ actions?$/);
  const bodyRows = page.getByRole('region', { name: 'Actions' }).getByRole('rowgroup').nth(1).getByRole('row');
  for (const row of await bodyRows.all()) await expect(row).toContainText('Overdue');
  await expectNoAxeViolations(page);

  // The URL is the list: opened afresh, it shows the same filters and the same actions.
  await page.reload();
  await expect(page.getByLabel('Only overdue actions')).toBeChecked();
  await expect(page.getByLabel('Owner')).toHaveValue('me');
  await expect(rowOf(page, later.reference)).toBeVisible();
  await expect(page.getByRole('link', { name: 'DI-001', exact: true })).toHaveCount(0);

  await page.getByRole('columnheader', { name: 'Due date' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/actions\?owner=me&overdue=true&sort=dueDate$/);
  await expect(page.getByRole('columnheader', { name: 'Due date' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByLabel('Sort by')).toHaveValue('dueDate');
  await expect.poll(async () => {
    const references = await referencesInOrder(page);
    return references.indexOf(earlier.reference) < references.indexOf(later.reference);
  }).toBe(true);

  await page.getByRole('columnheader', { name: 'Due date' }).getByRole('link').click();
  await expect(page).toHaveURL(/sort=dueDate&direction=desc$/);
  await expect(page.getByRole('columnheader', { name: 'Due date' })).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => {
    const references = await referencesInOrder(page);
    return references.indexOf(later.reference) < references.indexOf(earlier.reference);
  }).toBe(true);

  // The downloads carry the same filters and sort.
  const csvLink = page.getByRole('link', { name: 'Download as CSV' });
  await expect(csvLink).toHaveAttribute('href', '/api/actions/export.csv?owner=me&overdue=true&sort=dueDate&direction=desc');
  await expect(page.getByRole('link', { name: 'Download as Excel' })).toHaveAttribute('href', '/api/actions/export.xlsx?owner=me&overdue=true&sort=dueDate&direction=desc');
  const csv = await (await page.request.get((await csvLink.getAttribute('href'))!)).text();
  expect(csv.indexOf(later.reference)).toBeGreaterThan(0);
  expect(csv.indexOf(later.reference)).toBeLessThan(csv.indexOf(earlier.reference));
  expect(csv).not.toContain('DI-001');

  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);

  await rowOf(page, earlier.reference).getByRole('link', { name: earlier.reference }).click();
  await expect(page).toHaveURL(new RegExp(`/actions/${earlier.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(earlier.title);
  await expectNoAxeViolations(page);
});

test('the filter journey works with Tab, Space and Enter alone', async ({ page }) => {
  await signIn(page, 'partner@steerline.example');
  const { later, earlier } = await createOwnOverdueActions(page);

  await tabTo(page, page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Actions' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actions$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeFocused();

  const myActions = page.getByRole('link', { name: 'My actions', exact: true });
  await tabTo(page, myActions);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actions\?owner=me$/);

  await tabTo(page, page.getByLabel('Only overdue actions'));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Only overdue actions')).toBeChecked();

  const apply = page.getByRole('button', { name: 'Apply filters' });
  await tabTo(page, apply, 'Tab', 60);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actions\?owner=me&overdue=true$/);
  await expect(rowOf(page, later.reference)).toContainText('Overdue');
  await expect(page.getByRole('link', { name: 'DI-001', exact: true })).toHaveCount(0);
  // Applying the filters leaves the keyboard where it was.
  await expect(apply).toBeFocused();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('columnheader', { name: 'Due date' }).getByRole('link'), 'Tab', 30);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actions\?owner=me&overdue=true&sort=dueDate$/);
  await expect(page.getByRole('columnheader', { name: 'Due date' })).toHaveAttribute('aria-sort', 'ascending');

  const link = rowOf(page, earlier.reference).getByRole('link', { name: earlier.reference });
  await tabTo(page, link, 'Tab', 60);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/actions/${earlier.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(earlier.title);
  await expectNoAxeViolations(page);
});
