import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, tabTo, test } from './support/fixtures.js';

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const summary = (page: Page) => page.locator('.govuk-error-summary');

test('every set-up page, in its empty, refused and saved states, passes axe and reflows at 320 px', async ({ page }) => {
  await signIn(page, 'admin@steerline.example');
  await menu(page).getByRole('link', { name: 'Set up' }).click();
  await expect(heading(page, 'Set up Steerline')).toBeFocused();
  await expect(page.getByText('Everything is set up.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add priorities' }).locator('xpath=ancestor::li')).toContainText('6 priorities');
  await checkPage(page);

  await page.getByRole('link', { name: 'Set up the strategy' }).click();
  await expect(heading(page, 'The strategy')).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveValue('Digital inclusion strategy');
  await expect(page.getByLabel('Reference prefix')).toHaveValue('DI');
  await expect(menu(page).getByRole('link', { name: 'Set up' })).toHaveAttribute('aria-current', 'page');
  await checkPage(page);

  // Priorities: the list, a refused add, a saved one, its page, retiring it. Below, a priority and a body sent empty and a
  // priority number in use are refused (400, 409).
  expectRefusals(400, 409);
  await page.goto('/admin/priorities');
  await expect(page.getByRole('table', { name: 'Priorities' }).getByRole('row')).toHaveCount(7);
  await checkPage(page);
  await page.getByRole('link', { name: 'Add a priority' }).click();
  await expect(heading(page, 'Add a priority')).toBeFocused();
  await page.getByRole('button', { name: 'Add priority' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link', { name: "Enter the priority's number, a whole number from 1 to 999" })).toHaveAttribute('href', '#priority-number');
  await expect(summary(page).getByRole('link', { name: "Enter the priority's title" })).toHaveAttribute('href', '#priority-title');
  await expect(page.locator('#priority-title-error')).toHaveText("Error: Enter the priority's title");
  await checkPage(page);
  await page.getByLabel('Number').fill('1');
  await page.getByLabel('Title').fill('Measure what the strategy changes');
  await page.getByRole('button', { name: 'Add priority' }).click();
  await expect(summary(page).getByRole('link', { name: 'Priority 1 already exists (retired priorities keep their numbers)' })).toHaveAttribute('href', '#priority-number');
  await expect(page.locator('#priority-number-error')).toHaveText('Error: Priority 1 already exists (retired priorities keep their numbers)');
  await page.getByLabel('Number').fill('7');
  await page.getByLabel('Description (optional)').fill('Report each year on who is getting online.');
  await page.getByRole('button', { name: 'Add priority' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Priority 7 has been added' })).toBeFocused();
  await page.getByRole('link', { name: 'Change priority 7' }).click();
  await expect(heading(page, 'Change priority 7')).toBeFocused();
  await checkPage(page);
  await page.getByRole('button', { name: 'Retire priority 7' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Priority 7 has been retired' })).toBeFocused();
  const retiredRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Measure what the strategy changes' }) });
  await expect(retiredRow.getByRole('cell').nth(1)).toHaveText('Retired');
  await checkPage(page);

  // Bodies: the list with reports-to and members, a refused add, a saved one, a body's members, retiring.
  await page.goto('/admin/bodies');
  const bodies = (await (await page.request.get('/api/bodies')).json()) as { name: string; memberCount: number }[];
  const boardMembers = bodies.find((body) => body.name === 'Channel shift board')!.memberCount;
  expect(boardMembers).toBeGreaterThan(0);
  const boardRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Channel shift board' }) });
  await expect(boardRow.getByRole('cell')).toHaveText(['Board', 'No other body', String(boardMembers), 'In use']);
  await checkPage(page);
  await page.getByRole('link', { name: 'Add a governance body' }).click();
  await expect(heading(page, 'Add a governance body')).toBeFocused();
  await page.getByRole('button', { name: 'Add body' }).click();
  await expect(summary(page).getByRole('link', { name: "Enter the body's name" })).toHaveAttribute('href', '#body-name');
  await expect(summary(page).getByRole('link', { name: /Choose what kind of body it is/ })).toHaveAttribute('href', '#body-kind');
  await checkPage(page);
  await page.getByLabel('Name').fill('Digital champions network');
  await page.getByLabel('Working group').check();
  await page.getByLabel('Reports to (optional)').selectOption({ label: 'Channel shift board' });
  await page.getByRole('button', { name: 'Add body' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Digital champions network has been added' })).toBeFocused();
  const newRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Digital champions network' }) });
  await expect(newRow.getByRole('cell')).toHaveText(['Working group', 'Channel shift board', '0', 'In use']);
  await page.getByRole('link', { name: 'Channel shift board' }).click();
  await expect(heading(page, 'Channel shift board')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Members' }).getByRole('link', { name: 'Bola Board' })).toHaveAttribute('href', /\/admin\/users\//);
  await checkPage(page);
  await page.goto('/admin/bodies');
  await page.getByRole('link', { name: 'Digital champions network' }).click();
  await expect(page.getByText('Nobody is a member yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Retire Digital champions network' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Digital champions network has been retired' })).toBeFocused();
  await checkPage(page);

  // Segments: a description, and retiring one.
  await menu(page).getByRole('link', { name: 'Coverage' }).click();
  await page.getByRole('button', { name: 'Add a population segment' }).click();
  await page.getByLabel('Name').fill('Residents of a closed care home');
  await page.getByLabel('Share of households').fill('0.5');
  await page.getByLabel('Description (optional)').fill('Moved elsewhere when the home closed');
  await page.getByRole('button', { name: 'Add segment' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Residents of a closed care home has been added' })).toBeFocused();
  await page.getByRole('button', { name: 'Edit Residents of a closed care home' }).click();
  await expect(page.getByLabel('Description (optional)')).toHaveValue('Moved elsewhere when the home closed');
  await checkPage(page);
  await page.getByRole('button', { name: /^Retire segment/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Residents of a closed care home has been retired' })).toBeFocused();
  await expect(page.getByRole('rowheader', { name: /Residents of a closed care home/ })).toContainText('Retired');
  await checkPage(page);
});

test('an administrator works through the checklist by keyboard alone: a priority and a body', async ({ page }) => {
  await signIn(page, 'admin@steerline.example');
  // Back from the heading, which has focus, to the menu: forward it would be past every link of the demo's dashboard.
  await tabTo(page, menu(page).getByRole('link', { name: 'Set up' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Set up Steerline')).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Add priorities' }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Priorities')).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Add a priority' }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Add a priority')).toBeFocused();
  await tabTo(page, page.getByLabel('Number'));
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Keep councillors online');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Priority 8 has been added' })).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Back to set up' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Set up Steerline')).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Add governance bodies' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Add a governance body' }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Add a governance body')).toBeFocused();
  await tabTo(page, page.getByLabel('Name'));
  await page.keyboard.type('Councillors digital group');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Leadership team')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Working group')).toBeChecked();
  await tabTo(page, page.getByLabel('Reports to (optional)'));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('button', { name: 'Add body' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Councillors digital group has been added' })).toBeFocused();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Councillors digital group' }) });
  await expect(row.getByRole('cell').first()).toHaveText('Working group');
  await expect(row.getByRole('cell').nth(1)).not.toHaveText('No other body');
});
