import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, test } from './support/fixtures.js';

/**
 * The board's meetings and decision log: a board member adds a meeting, puts an escalation on its agenda, decides it at
 * that meeting, and finds the decision in the decision log, with its filters kept in the URL and in the CSV link.
 */

const DECISION_SOUGHT = 'Agree to open the Saturday digital help desk in the central library.';
const DECISION_TEXT = 'Declined: the library is closed on Saturdays until April.';
const MEETING_TITLE = 'Channel shift board, decisions journey';

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('a board member decides an escalation at a meeting and finds the decision in the decision log', async ({ page }) => {
  await signIn(page, 'board@steerline.example');

  // An escalation waiting for the board, raised through the API.
  await page.goto('/actions');
  await page.getByRole('link', { name: 'DI-003', exact: true }).click();
  await expect(h1(page)).toHaveText(/^DI-003: /);
  await checkPage(page);
  const actionId = new URL(page.url()).pathname.split('/').pop()!;
  const raised = await page.request.post(`/api/actions/${actionId}/escalations`, {
    data: { problem: 'There is no Saturday help.', impact: 'Working residents cannot get help.', decisionSought: DECISION_SOUGHT, urgency: 'routine', neededBy: '2027-03-31' },
  });
  expect(raised.status(), await raised.text()).toBe(201);
  const escalation = (await raised.json()) as { id: string };

  // The board member adds a meeting.
  await page.getByRole('link', { name: 'Decision log' }).click();
  await expect(h1(page)).toHaveText('Decision log');
  await checkPage(page);
  await page.getByRole('link', { name: 'See the board meetings' }).click();
  await expect(h1(page)).toHaveText('Board meetings');
  await checkPage(page);

  // A meeting with no date or title and, below, a filter date that is not a date: the API answers 400 to each.
  expectRefusals(400);
  await page.getByRole('button', { name: 'Add meeting' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Board meetings/);
  await checkPage(page);

  await page.getByLabel('Date of the meeting').fill('2026-12-10');
  await page.getByLabel('Title').fill(MEETING_TITLE);
  await page.getByRole('button', { name: 'Add meeting' }).click();
  await expect(h1(page)).toHaveText(MEETING_TITLE);
  await expect(page.getByText('Nothing is on the agenda yet.')).toBeVisible();
  await checkPage(page);
  const meetingId = new URL(page.url()).pathname.split('/').pop()!;

  // It puts the escalation on the agenda, which moves it under review.
  await page.getByLabel('Escalation', { exact: true }).selectOption({ label: `DI-003: ${DECISION_SOUGHT} (Open)` });
  await page.getByRole('button', { name: 'Add to agenda' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Added to the agenda' })).toBeVisible();
  const agenda = page.getByRole('table', { name: 'Escalations on the agenda' });
  await expect(agenda.getByRole('row').filter({ hasText: DECISION_SOUGHT })).toContainText('Under review');
  await expect(agenda.getByRole('link', { name: /^DI-003: / })).toHaveAttribute('href', `/escalations/${escalation.id}`);
  await checkPage(page);

  // The list shows the meeting with one agenda item.
  await page.getByRole('link', { name: 'Back to board meetings' }).click();
  await expect(h1(page)).toHaveText('Board meetings');
  await expect(page.getByRole('row').filter({ hasText: MEETING_TITLE })).toContainText('1');
  await checkPage(page);

  // The decision is taken at the meeting.
  const current = (await (await page.request.get(`/api/escalations/${escalation.id}`)).json()) as { version: number; status: string };
  expect(current.status).toBe('under_review');
  const decided = await page.request.post(`/api/escalations/${escalation.id}/decision`, {
    data: { version: current.version, outcome: 'declined', decisionText: DECISION_TEXT, conditions: 'Ask again in April.', meetingId },
  });
  expect(decided.status(), await decided.text()).toBe(200);

  // It is in the decision log, and the filters find it.
  await page.goto('/decisions');
  await expect(h1(page)).toHaveText('Decision log');
  const row = page.getByRole('row').filter({ hasText: DECISION_TEXT });
  await expect(row).toContainText('Declined');
  await expect(row).toContainText('Ask again in April.');
  await expect(row).toContainText(MEETING_TITLE);
  await expect(row.getByRole('link', { name: /^DI-003: / })).toHaveAttribute('href', `/actions/${actionId}`);
  await expect(row.getByRole('link', { name: 'Escalation on DI-003' })).toHaveAttribute('href', `/escalations/${escalation.id}`);
  await checkPage(page);

  const today = new Date().toISOString().slice(0, 10);
  await page.getByRole('checkbox', { name: 'Declined' }).check();
  await page.getByLabel('Decided on or after').fill(today);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(`/decisions?outcome=declined&from=${today}`);
  await expect(row).toBeVisible();
  const csvLink = page.getByRole('link', { name: 'Download as CSV' });
  await expect(csvLink).toHaveAttribute('href', `/api/decisions.csv?outcome=declined&from=${today}`);
  const csv = await (await page.request.get((await csvLink.getAttribute('href'))!)).text();
  expect(csv).toContain(DECISION_TEXT);
  await checkPage(page);

  // Only agreed decisions: the declined one is gone.
  await page.getByRole('checkbox', { name: 'Declined' }).uncheck();
  await page.getByRole('checkbox', { name: 'Agreed' }).check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(`/decisions?outcome=agreed&from=${today}`);
  await expect(page.getByRole('status')).toBeVisible();
  await expect(row).toHaveCount(0);
  await checkPage(page);

  // A date that is not a date is refused, with the error beside the field.
  await page.getByLabel('Decided on or after').fill('next week');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Decision log/);
  await checkPage(page);
});

test('someone who is not on the board sees the meetings and the decision log but cannot add to them', async ({ page }) => {
  await signIn(page, 'working@steerline.example');
  await page.getByRole('link', { name: 'Decision log' }).click();
  await expect(h1(page)).toHaveText('Decision log');
  await expect(page.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute('href', '/api/decisions.csv');
  await checkPage(page);

  await page.getByRole('link', { name: 'See the board meetings' }).click();
  await expect(h1(page)).toHaveText('Board meetings');
  await expect(page.getByRole('heading', { name: 'Add a board meeting' })).toHaveCount(0);
  await checkPage(page);

  await page.getByRole('link', { name: MEETING_TITLE }).click();
  await expect(h1(page)).toHaveText(MEETING_TITLE);
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add to agenda' })).toHaveCount(0);
  await checkPage(page);
});
