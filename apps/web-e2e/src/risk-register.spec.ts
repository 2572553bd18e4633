import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, tabTo, test } from './support/fixtures.js';

/**
 * The risk register journey: a board member adds a risk with the keyboard (after the form's errors), reviews it, adds a
 * mitigation, and finds it in the register, whose heat map table gives the same counts as its chart.
 */

const TITLE = `Partners withdraw from Get online Tuesdays ${Date.now().toString(36)}`;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

/** Every cell's count, keyed "likelihood,impact", from the chart's drawing and from the table. */
async function heatMapCounts(page: Page) {
  const chart = await page.locator('[data-testid="heat-map-chart"] [data-count]').evaluateAll((cells) =>
    Object.fromEntries(cells.map((cell) => [`${cell.getAttribute('data-likelihood')},${cell.getAttribute('data-impact')}`, Number(cell.getAttribute('data-count'))])),
  );
  const table = await page.locator('[data-testid="heat-map-table"] td').evaluateAll((cells) =>
    Object.fromEntries(cells.map((cell) => [`${cell.getAttribute('data-likelihood')},${cell.getAttribute('data-impact')}`, Number(cell.textContent)])),
  );
  return { chart, table };
}

test('a risk is added with the keyboard, reviewed, mitigated and counted in the heat map', async ({ page }) => {
  // One long journey with an axe check at each of its eleven states: given the time of several.
  test.slow();
  await signIn(page, 'board@steerline.example');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Risks' }).click();
  await expect(h1(page)).toHaveText('Risk register');
  await checkPage(page);

  const add = page.getByRole('button', { name: 'Add a risk' });
  await tabTo(page, add, 'Tab', 40);
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Add a risk');
  await checkPage(page);

  // Submitted empty: the API's errors in a summary that takes focus, each linked to its field.
  expectRefusals(400);
  await tabTo(page, page.getByRole('button', { name: 'Add risk' }), 'Tab', 60);
  await page.keyboard.press('Enter');
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter a title for the risk' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Choose the likelihood/ })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Add a risk/);
  await checkPage(page);

  // Following the summary's first link puts the cursor in the field; the rest is typed and chosen from the keyboard.
  await summary.getByRole('link', { name: 'Enter a title for the risk' }).press('Enter');
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.keyboard.type(TITLE);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Partners cannot release Digital Eagles staff on Tuesdays');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Drop-ins close and residents with no one else to ask lose help');
  await page.getByLabel('Risk owner').selectOption({ label: 'Bola Board' });
  await page.getByRole('radio', { name: '4 – Likely' }).check();
  await page.getByRole('radio', { name: '3 – Moderate' }).check();
  await page.getByLabel('Target score').selectOption('4');
  await page.getByLabel('Review date').fill('2027-02-28');
  await page.getByRole('checkbox', { name: /^DI-001:/ }).check();
  await page.getByRole('checkbox', { name: /^1\. / }).check();
  await page.getByRole('button', { name: 'Add risk' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('alert').filter({ hasText: 'added to the register' })).toBeFocused();
  await expect(h1(page)).toHaveText(TITLE);
  const details = page.locator('.govuk-summary-list');
  await expect(details.getByText('12 (high)')).toBeVisible();
  await expect(details.getByText('Open', { exact: true })).toBeVisible();
  await expect(page.getByTestId('risk-history').locator('tbody tr')).toHaveCount(1);
  await checkPage(page);

  // A review lowers the likelihood and marks it mitigated; the history grows by one entry.
  await page.getByRole('group', { name: 'Likelihood' }).getByRole('radio', { name: '2 – Unlikely' }).check();
  await page.getByRole('group', { name: 'Status' }).getByRole('radio', { name: 'Mitigated' }).check();
  await page.getByLabel('What the review found').fill('The library service covers Tuesdays until March.');
  // Its next review date is already past (a review recorded late), so the review shows as overdue.
  await page.getByLabel('Next review date').fill('2026-01-31');
  await page.getByRole('button', { name: 'Record review' }).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Review recorded' })).toBeFocused();
  await expect(details.getByText('6 (medium)')).toBeVisible();
  await expect(details.getByText('Mitigated', { exact: true })).toBeVisible();
  const history = page.getByTestId('risk-history').locator('tbody tr');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('The library service covers Tuesdays until March.');
  await checkPage(page);

  // A mitigation, with its owner and date; then marked done.
  await page.getByText('Add a mitigation').click();
  await page.getByLabel('Mitigation', { exact: true }).fill('Rota a second Digital Eagle for Tuesdays');
  await page.getByLabel('Owner').selectOption({ label: 'Bola Board' });
  await page.getByLabel('Due date').fill('2027-01-31');
  await page.getByRole('button', { name: 'Add mitigation' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Mitigation added' })).toBeFocused();
  await expect(page.getByRole('cell', { name: 'Rota a second Digital Eagle for Tuesdays', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^Mark done/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Mitigation marked done' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Done/ })).toBeVisible();
  await checkPage(page);

  // The register lists it with its score and status in words; the heat map's table and chart agree, cell by cell.
  await page.getByRole('link', { name: 'Back to the risk register' }).click();
  await expect(h1(page)).toHaveText('Risk register');
  const row = page.getByTestId('risks-table').getByRole('row').filter({ hasText: TITLE });
  await expect(row).toContainText('6 (medium)');
  await expect(row).toContainText('Mitigated');
  await expect(row).toContainText('Review overdue');
  const { chart, table } = await heatMapCounts(page);
  expect(Object.keys(table)).toHaveLength(25);
  expect(chart).toEqual(table);
  const listed = await page.getByTestId('risks-table').locator('tbody tr').count();
  expect(Object.values(table).reduce((sum, n) => sum + n, 0)).toBe(listed);
  expect(table['2,3']).toBeGreaterThanOrEqual(1);
  await checkPage(page);

  // Filtered to mitigated risks: still there, and the heat map counts only what is listed.
  await page.getByLabel('Status').selectOption('mitigated');
  await page.getByRole('button', { name: 'Show risks' }).click();
  await expect(page).toHaveURL(/status=mitigated/);
  await expect(page.getByRole('table', { name: /^Mitigated risks/ })).toBeVisible();
  await expect(page.getByTestId('risks-table').getByRole('row').filter({ hasText: TITLE })).toHaveCount(1);
  const filtered = await heatMapCounts(page);
  expect(filtered.chart).toEqual(filtered.table);
  expect(Object.values(filtered.table).reduce((sum, n) => sum + n, 0)).toBe(await page.getByTestId('risks-table').locator('tbody tr').count());
  await checkPage(page);

  // The dashboard lists the overdue review, linking to the risk.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Dashboard' }).click();
  const overdue = page.getByRole('region', { name: 'Overdue risk reviews' });
  await expect(overdue.getByRole('link', { name: new RegExp(TITLE) })).toBeVisible();
  await expect(overdue).toContainText('Review was due 31 January 2026. Score 6.');
  await checkPage(page);
  await overdue.getByRole('link', { name: new RegExp(TITLE) }).click();

  // An escalation raised from the risk, on its linked action; the risk then lists it.
  await expect(h1(page)).toHaveText(TITLE);
  await page.getByRole('button', { name: 'Raise an escalation' }).click();
  await expect(h1(page)).toHaveText('Raise an escalation from a risk');
  await expect(page.getByLabel('Action')).toHaveValue(/.+/);
  await checkPage(page);
  await page.getByLabel('What is wrong').fill('Digital Eagles cannot staff Tuesdays from January.');
  await page.getByLabel('Impact', { exact: true }).fill('Get online Tuesdays close for three months.');
  await page.getByLabel('Decision asked for').fill('Fund library staff for Tuesday drop-ins.');
  await page.getByRole('radio', { name: 'High' }).check();
  await page.getByLabel('Decision needed by').fill('2026-12-20');
  await page.getByRole('button', { name: 'Raise escalation' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Escalation raised' })).toBeFocused();
  await expect(h1(page)).toHaveText(/^Escalation on DI-001/);
  await page.goBack();
  await page.goBack();
  await expect(h1(page)).toHaveText(TITLE);
  await expect(page.getByRole('link', { name: 'Digital Eagles cannot staff Tuesdays from January.' })).toBeVisible();
  await checkPage(page);

  // The edit page, from the risk.
  await page.getByRole('button', { name: 'Edit the risk' }).click();
  await expect(h1(page)).toHaveText('Edit the risk');
  await expect(page.getByLabel('Title')).toHaveValue(TITLE);
  await checkPage(page);
});
