import type { Page } from '@playwright/test';
import type { SegmentCoverage } from '@steerline/contracts';
import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, test } from './support/fixtures.js';

const NAME = 'Residents in temporary accommodation';
const SHARE_MESSAGE = 'Enter the share of households as a percentage from 0 to 100, with up to 2 decimal places';

/** Every page and state of the journey: no WCAG 2.2 AA problems axe can find, and no sideways scrolling at 320 px. */
async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

async function openCoverage(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Coverage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage of population segments' })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Population segments and the live actions that target them' })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: 'Population segments and the live actions that target them' });
const rowOf = (page: Page, name: string) => table(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const warning = (page: Page) => page.getByRole('region', { name: 'Important' });

test('an administrator adds a very-low-propensity segment, which is flagged as uncovered, then changes its share', async ({ page }) => {
  await signIn(page, 'admin@steerline.example');
  await openCoverage(page);
  await expect(rowOf(page, 'Young, well-educated city dwellers').getByRole('button', { name: 'Edit Young, well-educated city dwellers' })).toBeVisible();
  await checkPage(page);

  // The form opens in place; an empty submission is answered with the API's messages, beside the fields and summarised.
  // The API answers 400 to it and to a share over 100 below, and 409 to a name already in use.
  expectRefusals(400, 409);
  await page.getByRole('button', { name: 'Add a population segment' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Add a population segment' })).toBeFocused();
  await expect(page.getByText('A percentage from 0 to 100, with up to 2 decimal places, for example 12.5')).toBeVisible();
  await checkPage(page);
  await page.getByRole('button', { name: 'Add segment' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: "Enter the segment's name" })).toHaveAttribute('href', '#segment-name');
  await expect(summary.getByRole('link', { name: SHARE_MESSAGE })).toHaveAttribute('href', '#segment-household-share');
  await expect(page.locator('#segment-name-error')).toHaveText("Error: Enter the segment's name");
  await expect(page.locator('#segment-household-share-error')).toHaveText(`Error: ${SHARE_MESSAGE}`);
  await checkPage(page);

  // A name already in use is refused (409 conflict) and shown against the name.
  await page.getByLabel('Name').fill('Young, well-educated city dwellers');
  await page.getByLabel('Share of households').fill('2.5');
  await page.getByRole('button', { name: 'Add segment' }).click();
  await expect(summary.getByRole('link', { name: 'A segment with this name already exists' })).toHaveAttribute('href', '#segment-name');
  await expect(summary).toBeFocused();
  await expect(page.locator('#segment-name-error')).toHaveText('Error: A segment with this name already exists');
  await expect(page.locator('#segment-household-share-error')).toHaveCount(0);
  await checkPage(page);

  await page.getByLabel('Name').fill(NAME);
  await page.getByLabel('Very low propensity to self-serve').check();
  await page.getByRole('button', { name: 'Add segment' }).click();

  // Saved: the success banner has focus, the warning names the new segment and the table shows it.
  await expect(page.getByRole('alert').filter({ hasText: `${NAME} has been added` })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Add a population segment' })).toHaveCount(0);
  await expect(warning(page)).toContainText('No live action targets:');
  await expect(warning(page).getByRole('listitem').filter({ hasText: NAME })).toBeVisible();
  await expect(rowOf(page, NAME).getByRole('cell')).toHaveText(['2.5%', 'Yes', 'None', `Edit ${NAME}`]);
  await checkPage(page);

  // Edit: the same form, filled in; the share changes.
  await rowOf(page, NAME).getByRole('button', { name: `Edit ${NAME}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Edit segment: ${NAME}` })).toBeFocused();
  await expect(page.getByLabel('Name')).toHaveValue(NAME);
  await expect(page.getByLabel('Share of households')).toHaveValue('2.5');
  await expect(page.getByLabel('Very low propensity to self-serve')).toBeChecked();
  await checkPage(page);
  await page.getByLabel('Share of households').fill('101');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#segment-household-share-error')).toHaveText(`Error: ${SHARE_MESSAGE}`);
  await checkPage(page);
  await page.getByLabel('Share of households').fill('3.25');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('alert').filter({ hasText: `${NAME} has been updated` })).toBeFocused();
  await expect(rowOf(page, NAME).getByRole('cell').first()).toHaveText('3.25%');
  await expect(warning(page).getByRole('listitem').filter({ hasText: NAME })).toBeVisible();
  await checkPage(page);

  // Cancelling an edit puts focus back on the row's Edit button.
  await rowOf(page, NAME).getByRole('button', { name: `Edit ${NAME}` }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowOf(page, NAME).getByRole('button', { name: `Edit ${NAME}` })).toBeFocused();
});

test('when someone else changed the segment first, the administrator is told and reloads it, and nothing is overwritten', async ({ page }) => {
  await signIn(page, 'admin@steerline.example');
  await openCoverage(page);
  const segments = (await (await page.request.get('/api/segments/coverage')).json()) as SegmentCoverage[];
  const segment = segments.find((candidate) => candidate.name === 'Couples and young singles in small modern starter homes')!;

  await rowOf(page, segment.name).getByRole('button', { name: `Edit ${segment.name}` }).click();
  await page.getByLabel('Share of households').fill('8.5');
  const otherEdit = await page.request.patch(`/api/segments/${segment.id}`, { data: { version: segment.version, householdShare: 7.75 } });
  expect(otherEdit.status(), await otherEdit.text()).toBe(200);
  // Saving over the other change: the API answers 409.
  expectRefusals(409);
  await page.getByRole('button', { name: 'Save changes' }).click();

  const notice = page.getByRole('alert').filter({ hasText: 'Someone else changed this segment while you were editing' });
  await expect(notice).toBeFocused();
  await checkPage(page);
  await notice.getByRole('button', { name: 'Reload the latest version' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByLabel('Share of households')).toHaveValue('7.75');
  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(rowOf(page, segment.name).getByRole('cell').first()).toHaveText('7.75%');
  await checkPage(page);
});

test('a board member sees the coverage of segments but no controls to add or edit them', async ({ page }) => {
  await signIn(page, 'board@steerline.example');
  await openCoverage(page);
  await expect(rowOf(page, NAME).getByRole('cell')).toHaveText(['3.25%', 'Yes', 'None']);
  await expect(page.getByRole('button', { name: 'Add a population segment' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Edit/ })).toHaveCount(0);
  await checkPage(page);
});
