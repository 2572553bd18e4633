import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, tabTo, test } from './support/fixtures.js';
import { signOffCycleInProgress } from './support/review-cycles.js';

/**
 * The acceptance journey of six-monthly reviews: the board creates and opens a cycle; the owner of DI-002 submits a
 * return with an amendment; the board sends it back with a comment, the owner resubmits and the board accepts it; the
 * board starts its review; a leadership team member signs the cycle off and downloads the Corporate Plan report as a PDF.
 */

const CYCLE_NAME = `Journey review ${Date.now()}`;
const BOARD_COMMENT = 'Say which guidance changed and when it was published.';

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(h1(page)).toHaveText('Dashboard');
  return page;
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const banner = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

test('a review cycle is opened, a return is sent back and accepted, and the signed-off report is downloaded as a PDF', async ({ browser, request }) => {
  test.setTimeout(240_000);
  await signOffCycleInProgress(request);

  // The board creates the cycle.
  const board = await signedIn(browser, 'board@steerline.example');
  await board.getByRole('link', { name: 'Reviews', exact: true }).click();
  await expect(h1(board)).toHaveText('Reviews');
  await checkPage(board);
  await board.getByRole('link', { name: 'Create a review cycle' }).click();
  await expect(h1(board)).toHaveText('Create a review cycle');
  await checkPage(board);

  // Nothing filled in: the API's errors show in the summary, linked to the fields.
  await board.getByLabel('Reminder (days before returns are due)').fill('');
  await board.getByRole('button', { name: 'Create review cycle' }).click();
  const summary = board.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(board).toHaveTitle(/^Error: Create a review cycle/);
  await checkPage(board);

  await board.getByLabel('Name').fill(CYCLE_NAME);
  await board.getByLabel('Start date').fill('2026-04-01');
  await board.getByLabel('End date').fill('2026-09-30');
  await board.getByLabel('Returns due').fill('2026-12-15');
  await board.getByLabel('Reminder (days before returns are due)').fill('7');
  await board.getByRole('button', { name: 'Create review cycle' }).click();
  await expect(h1(board)).toHaveText(CYCLE_NAME);
  await expect(banner(board, `${CYCLE_NAME} has been created`)).toBeVisible();
  await expect(board.locator('dl').first()).toContainText('Draft');
  await checkPage(board);
  const cycleUrl = board.url();

  // The board changes when owners are reminded, while the cycle is a draft.
  await board.getByRole('link', { name: 'Change the cycle’s name or dates' }).click();
  await expect(h1(board)).toHaveText(`Edit ${CYCLE_NAME}`);
  await checkPage(board);
  await board.getByLabel('Reminder (days before returns are due)').fill('10');
  await board.getByRole('button', { name: 'Save changes' }).click();
  await expect(banner(board, `${CYCLE_NAME} has been updated`)).toBeVisible();
  await expect(board.locator('dl').first()).toContainText('10 days before the due date');

  // ... and opens it, from the keyboard.
  const openButton = board.getByRole('button', { name: 'Open the cycle' });
  await tabTo(board, openButton, 'Tab', 60);
  await board.keyboard.press('Enter');
  await expect(banner(board, 'The cycle is open')).toBeVisible();
  await expect(board.locator('dl').first()).toContainText('Open for returns');
  const tracker = board.getByRole('table', { name: /^Returns in / });
  await expect(tracker.locator('tbody tr').filter({ hasText: 'DI-002' })).toContainText('Missing');
  await checkPage(board);

  // The owner of DI-002 finds the return among theirs and fills it in, with an amendment.
  const owner = await signedIn(browser, 'working@steerline.example');
  await owner.getByRole('link', { name: 'Reviews', exact: true }).click();
  await expect(h1(owner)).toHaveText('Reviews');
  const yourReturn = owner.locator('li').filter({ hasText: CYCLE_NAME }).filter({ hasText: 'DI-002' });
  await expect(yourReturn).toContainText('Missing');
  await checkPage(owner);
  await yourReturn.getByRole('link', { name: /^DI-002/ }).click();
  await expect(h1(owner)).toHaveText('Review return for DI-002');
  await checkPage(owner);

  await owner.getByRole('radio', { name: 'In progress' }).check();
  await owner.getByRole('radio', { name: 'Amber' }).check();
  await owner.getByLabel('Reason', { exact: true }).fill('The card print supplier closed; a new one is being procured.');
  await owner.getByLabel('Corrective action').fill('Print through the council print unit from January.');
  await owner.getByLabel('Revised date (optional)').fill('2027-02-28');
  await owner.getByLabel('Progress in the period').fill('Twelve partners signed up to the shared signposting protocols.');
  await owner.getByLabel('Next steps').fill('Sign up the remaining library branches.');
  await owner.getByRole('button', { name: 'Propose an amendment' }).click();
  await expect(owner.getByLabel('Kind of change')).toBeFocused();
  await owner.getByLabel('Kind of change').selectOption({ label: 'New due date' });
  await owner.getByLabel('New due date').fill('2027-03-31');
  await owner.getByLabel('Reason for the change').fill('A change in central government guidance on assisted digital support.');
  await checkPage(owner);
  await owner.getByRole('button', { name: 'Submit return' }).click();
  await expect(banner(owner, 'Your return has been submitted to the board')).toBeVisible();
  await expect(owner.locator('main')).toContainText('Submitted');
  await expect(owner.getByRole('table', { name: 'Proposed amendments' })).toContainText('31 March 2027');
  await checkPage(owner);
  const returnUrl = owner.url();

  // The board filters the tracker to submitted returns and sends this one back.
  await board.goto(cycleUrl);
  await expect(h1(board)).toHaveText(CYCLE_NAME);
  await board.getByRole('checkbox', { name: /^Submitted \(\d+\)$/ }).check();
  await board.getByRole('button', { name: 'Apply filters' }).click();
  await expect(board).toHaveURL(/status=submitted/);
  const submittedRow = tracker.locator('tbody tr').filter({ hasText: 'DI-002' });
  await expect(submittedRow).toContainText('Submitted');
  await expect(submittedRow).toContainText('Amber');
  await expect(submittedRow).toContainText('1 amendment');
  await checkPage(board);
  await submittedRow.getByRole('link', { name: /DI-002/ }).click();
  await expect(h1(board)).toHaveText('Review return for DI-002');
  await expect(board.getByRole('button', { name: 'Submit return' })).toHaveCount(0);
  await checkPage(board);

  await board.getByRole('button', { name: 'Send back' }).click();
  await expect(board.locator('.govuk-error-summary')).toBeFocused();
  await expect(board.locator('.govuk-error-summary').getByRole('link', { name: 'Enter a comment for the owner' })).toBeVisible();
  await checkPage(board);
  await board.getByLabel('Comment for the owner').fill(BOARD_COMMENT);
  await board.getByRole('button', { name: 'Send back' }).click();
  await expect(banner(board, 'The return has been sent back to its owner')).toBeVisible();
  await expect(board.locator('main')).toContainText('Sent back');
  await checkPage(board);

  // The owner sees the board's comment, corrects the return and submits it again.
  await owner.goto(returnUrl);
  await expect(h1(owner)).toHaveText('Review return for DI-002');
  await expect(owner.getByRole('region', { name: 'Important' })).toContainText(BOARD_COMMENT);
  await expect(owner.getByLabel('Reason for the change')).toHaveValue(/central government guidance/);
  await checkPage(owner);
  await owner.getByLabel('Reason for the change').fill('The Government Digital Service guidance on assisted digital support changed in October 2026.');
  await owner.getByRole('button', { name: 'Submit return' }).click();
  await expect(banner(owner, 'Your return has been submitted to the board')).toBeVisible();
  await checkPage(owner);

  // The board accepts it and starts its review.
  await board.goto(returnUrl);
  await expect(board.locator('main')).toContainText('October 2026');
  await board.getByRole('button', { name: 'Accept return' }).click();
  await expect(banner(board, 'The return has been accepted')).toBeVisible();
  await expect(board.locator('main')).toContainText('Accepted');
  await checkPage(board);
  await board.goto(cycleUrl);
  await board.getByRole('button', { name: 'Start board review' }).click();
  await expect(banner(board, 'Board review has started')).toBeVisible();
  await expect(board.locator('dl').first()).toContainText('Board review');
  await checkPage(board);
  await board.context().close();
  await owner.context().close();

  // A leadership team member signs it off: the confirmation is required.
  const leader = await signedIn(browser, 'leader@steerline.example');
  await leader.getByRole('link', { name: 'Reviews', exact: true }).click();
  await expect(h1(leader)).toHaveText('Reviews');
  await expect(leader.getByRole('link', { name: 'Create a review cycle' })).toHaveCount(0);
  await checkPage(leader);
  await leader.getByRole('link', { name: CYCLE_NAME }).click();
  await expect(h1(leader)).toHaveText(CYCLE_NAME);
  await expect(leader.locator('main')).toContainText('Signing off freezes the cycle');
  await checkPage(leader);
  await leader.getByRole('button', { name: 'Sign off the cycle' }).click();
  await expect(leader.locator('.govuk-error-summary')).toBeFocused();
  await checkPage(leader);
  const confirm = leader.getByRole('checkbox', { name: /I confirm/ });
  await tabTo(leader, confirm, 'Tab', 60);
  await leader.keyboard.press('Space');
  await expect(confirm).toBeChecked();
  await leader.keyboard.press('Tab');
  await expect(leader.getByRole('button', { name: 'Sign off the cycle' })).toBeFocused();
  await leader.keyboard.press('Enter');
  await expect(banner(leader, 'The cycle has been signed off')).toBeVisible();
  await expect(leader.locator('main')).toContainText(/This cycle was signed off on .+ and can no longer change/);
  await checkPage(leader);

  // The signed-off return can no longer change.
  await leader.goto(returnUrl);
  await expect(leader.locator('main')).toContainText(/This cycle was signed off on .+ and can no longer change/);
  await expect(leader.getByRole('button', { name: /Submit return|Accept return|Send back/ })).toHaveCount(0);
  await checkPage(leader);

  // The report, in HTML, and its PDF.
  await leader.goto(cycleUrl);
  await leader.getByRole('link', { name: 'Corporate Plan report' }).click();
  await expect(h1(leader)).toHaveText(`Corporate Plan report: ${CYCLE_NAME}`);
  await expect(leader.locator('main')).not.toContainText('Draft — not signed off');
  await expect(leader.getByRole('heading', { name: 'Summary by priority', level: 2 })).toBeVisible();
  await expect(leader.getByRole('heading', { name: 'Red and amber actions', level: 2 })).toBeVisible();
  await expect(leader.getByRole('table', { name: /^Red and amber actions/ })).toContainText('DI-002');
  await checkPage(leader);

  const pdfLink = leader.getByRole('link', { name: /^PDF/ });
  await tabTo(leader, pdfLink, 'Tab', 60);
  const downloading = leader.waitForEvent('download');
  await leader.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(leader.getByRole('status')).toContainText('The PDF is ready');
  await checkPage(leader);

  // From the cycle, the comparison with another cycle.
  await leader.goto(cycleUrl);
  await leader.getByRole('link', { name: 'Compare with another cycle' }).click();
  await expect(h1(leader)).toHaveText('Compare review cycles');
  await expect(leader.getByLabel('Later cycle')).toHaveValue(new URL(cycleUrl).pathname.split('/').pop() ?? '');
  await checkPage(leader);
  await leader.context().close();
});
