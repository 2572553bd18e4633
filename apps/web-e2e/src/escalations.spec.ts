import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, test } from './support/fixtures.js';

/**
 * The acceptance journey of escalations: a working group member raises an urgent escalation on their action, a board
 * member finds it in the queue (beside the demo's own escalations), takes it and agrees it with a condition and a follow-up, and the raiser
 * sees the notification, the decision on the action, and the follow-up as a milestone.
 */

const DECISION_SOUGHT = 'Agree funding to move the card print run to the council print unit.';
const FOLLOW_UP_TITLE = 'Confirm the print unit booking';

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('an urgent escalation is raised, decided by the board, and the raiser sees the decision', async ({ page, browser }) => {
  // The raiser opens their action and raises an escalation.
  await signIn(page, 'working@steerline.example');
  await page.goto('/actions');
  await page.getByRole('link', { name: 'DI-002', exact: true }).click();
  await expect(h1(page)).toHaveText(/^DI-002: /);
  await expect(page.getByRole('heading', { name: 'Escalations', level: 2 })).toBeVisible();
  await checkPage(page);
  const actionUrl = page.url();

  await page.getByRole('link', { name: 'Raise an escalation' }).click();
  await expect(h1(page)).toHaveText('Raise an escalation');
  await checkPage(page);

  // Nothing filled in: the API's errors (a 400) show in the summary and beside the fields.
  expectRefusals(400);
  await page.getByRole('button', { name: 'Raise escalation' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Say what is wrong' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Raise an escalation/);
  await checkPage(page);

  await page.getByLabel('What is wrong').fill('The print supplier has gone out of business.');
  await page.getByLabel('Impact').fill('No inline for online cards can be printed for the January campaign.');
  await page.getByLabel('Decision asked for').fill(DECISION_SOUGHT);
  await page.getByRole('radio', { name: 'Urgent' }).check();
  await page.getByLabel('Decision needed by').fill('2026-11-01');
  await page.getByRole('button', { name: 'Raise escalation' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Escalation raised' })).toBeFocused();
  await expect(h1(page)).toHaveText('Escalation on DI-002');
  await expect(page.locator('dl').first()).toContainText(DECISION_SOUGHT);
  await expect(page.getByRole('button', { name: 'Take for review' })).toHaveCount(0);
  await checkPage(page);

  // The board member, in their own browser.
  const boardContext = await browser.newContext();
  const board = await boardContext.newPage();
  await signIn(board, 'board@steerline.example');
  await board.getByRole('link', { name: 'Board queue' }).click();
  await expect(h1(board)).toHaveText('Board queue');
  // The row of the escalation just raised, wherever the queue's order puts it among the demo's.
  const raisedRow = board.getByRole('table', { name: 'Escalations waiting for the board' }).locator('tbody tr').filter({ hasText: DECISION_SOUGHT });
  await expect(raisedRow).toHaveCount(1);
  await expect(raisedRow).toContainText('DI-002');
  await expect(raisedRow).toContainText('Urgent');
  await expect(raisedRow).toContainText('Past needed-by date');
  await expect(raisedRow).toContainText('Open');
  await expect(board.getByRole('status')).toHaveText(/^(\d+ escalations?|Showing 1 to 25 of \d+ escalations) waiting for the board\.$/);
  await checkPage(board);

  // The queue is paged in the URL: a page past the end says so and leads back to the first.
  await board.goto('/escalations?page=99');
  await expect(h1(board)).toHaveText('Board queue');
  await expect(board.getByText('There are no escalations on this page.')).toBeVisible();
  await checkPage(board);
  await board.getByRole('link', { name: 'Go to the first page' }).click();
  await expect(board).toHaveURL(/\/escalations$/);
  await expect(raisedRow).toHaveCount(1);

  // The filters are kept in the URL.
  await board.getByRole('checkbox', { name: 'Urgent' }).check();
  await board.getByRole('button', { name: 'Apply filters' }).click();
  await expect(board).toHaveURL(/urgency=urgent/);
  await expect(board.getByRole('checkbox', { name: 'Urgent' })).toBeChecked();
  await expect(raisedRow).toHaveCount(1);
  await checkPage(board);

  await raisedRow.getByRole('link', { name: /DI-002/ }).click();
  await expect(h1(board)).toHaveText('Escalation on DI-002');
  await checkPage(board);
  await board.getByRole('button', { name: 'Take for review' }).click();
  await expect(board.getByRole('alert').filter({ hasText: 'You are now reviewing this escalation' })).toBeVisible();
  await expect(board.getByRole('heading', { name: 'Record the decision' })).toBeVisible();
  await checkPage(board);

  await board.getByRole('radio', { name: 'Agreed' }).check();
  await board.getByLabel('Decision', { exact: true }).fill('Agreed: use the council print unit for this run.');
  await board.getByLabel('Conditions (optional)').fill('The cost stays within the existing budget.');
  await board.getByLabel('Owner').selectOption({ label: 'Wren Working' });
  await board.getByLabel('Due date').fill('2026-12-15');
  await board.getByLabel('Milestone title (optional)').fill(FOLLOW_UP_TITLE);
  await checkPage(board);
  await board.getByRole('button', { name: 'Record decision' }).click();
  await expect(board.getByRole('alert').filter({ hasText: 'Decision recorded' })).toBeVisible();
  await expect(board.locator('main')).toContainText('The cost stays within the existing budget.');
  await expect(board.getByRole('heading', { name: 'Resolve', level: 2 })).toBeVisible();
  await checkPage(board);
  await boardContext.close();

  // The raiser sees the notification, with the unread count in words.
  await page.goto('/notifications');
  await expect(h1(page)).toHaveText('Notifications');
  const navLink = page.getByRole('link', { name: /^Notifications \(\d+ unread\)$/ });
  await expect(navLink).toBeVisible();
  const notice = page.locator('li.app-notification').filter({ hasText: 'DI-002' }).first();
  await expect(notice).toContainText('Unread');
  await checkPage(page);
  await notice.getByRole('button', { name: /^Mark as read/ }).click();
  await expect(page.locator('li.app-notification').filter({ hasText: 'DI-002' }).first()).not.toContainText('Unread');
  await checkPage(page);

  // And the decision and its follow-up milestone on the action.
  await page.goto(actionUrl);
  await expect(h1(page)).toHaveText(/^DI-002: /);
  await expect(page.locator('main')).toContainText('Decision: Agreed: use the council print unit for this run.');
  await expect(page.locator('main')).toContainText('Conditions: The cost stays within the existing budget.');
  await expect(page.getByRole('table').filter({ hasText: FOLLOW_UP_TITLE })).toBeVisible();
  await checkPage(page);
});

test('when another board member took the escalation first, the board member is told and reloads it, and nothing is overwritten', async ({ page, request }) => {
  await signIn(page, 'board@steerline.example');
  await page.goto('/actions');
  await page.getByRole('link', { name: 'DI-002', exact: true }).click();
  await expect(h1(page)).toHaveText(/^DI-002: /);
  const actionId = new URL(page.url()).pathname.split('/').pop()!;
  const raised = await page.request.post(`/api/actions/${actionId}/escalations`, {
    data: { problem: 'The venue is closing.', impact: 'Drop-ins stop.', decisionSought: 'Agree a new venue for the drop-ins.', urgency: 'routine', neededBy: '2027-02-28' },
  });
  expect(raised.status(), await raised.text()).toBe(201);
  const escalation = (await raised.json()) as { id: string; version: number };

  await page.goto(`/escalations/${escalation.id}`);
  await expect(h1(page)).toHaveText('Escalation on DI-002');
  await expect(page.getByRole('button', { name: 'Take for review' })).toBeVisible();

  // Someone else, in another session, takes it first.
  expect((await request.post('/api/auth/sign-in', { data: { email: 'board@steerline.example', password: DEMO_PASSWORD } })).ok()).toBe(true);
  const taken = await request.post(`/api/escalations/${escalation.id}/take`, { data: { version: escalation.version } });
  expect(taken.status(), await taken.text()).toBe(200);

  // Taking it on the stale version: the API answers 409.
  expectRefusals(409);
  await page.getByRole('button', { name: 'Take for review' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Someone else changed this escalation while you were editing' });
  await expect(notice).toBeFocused();
  await checkPage(page);
  await notice.getByRole('button', { name: 'Reload the latest version' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('main')).toContainText('Under review');
  await expect(page.getByRole('heading', { name: 'Record the decision' })).toBeVisible();
  await checkPage(page);
});
