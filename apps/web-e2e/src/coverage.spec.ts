import type { APIRequestContext, Page } from '@playwright/test';
import type { ActionDetail, BodySummary, PersonRef, PriorityRef, Segment } from '@steerline/contracts';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, signIn, test } from './support/fixtures.js';

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

/** An action by the board targeting one segment, set up through the API with the signed-in board member's session. */
async function createActionTargeting(request: APIRequestContext, segmentId: string): Promise<ActionDetail> {
  const [priorities, people, bodies] = await Promise.all([
    request.get('/api/priorities').then((r) => r.json() as Promise<PriorityRef[]>),
    request.get('/api/people').then((r) => r.json() as Promise<PersonRef[]>),
    request.get('/api/bodies').then((r) => r.json() as Promise<BodySummary[]>),
  ]);
  const response = await request.post('/api/actions', {
    data: {
      title: 'Home visits for people with no internet at home',
      description: 'Set up by the coverage browser test.',
      priorityId: priorities.find((priority) => priority.number === 2)!.id,
      ownerId: people.find((person) => person.name === 'Bola Board')!.id,
      owningBodyId: bodies.find((body) => body.name === 'Channel shift board')!.id,
      segmentIds: [segmentId],
      startDate: '2026-09-01',
      dueDate: '2027-09-30',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as ActionDetail;
}

test('a very-low-propensity segment shows as uncovered until an action targets it, and again once that action is cancelled', async ({ page, browser, baseURL }) => {
  // An administrator records a new segment that no action targets yet.
  const admin = await browser.newContext({ baseURL });
  expect((await admin.request.post('/api/auth/sign-in', { data: { email: 'admin@steerline.example', password: DEMO_PASSWORD } })).ok()).toBe(true);
  const created = await admin.request.post('/api/segments', {
    data: { name: 'Adults with no internet at home', householdShare: 4.5, veryLowPropensity: true },
  });
  expect(created.status(), await created.text()).toBe(201);
  const segment = (await created.json()) as Segment;
  await admin.close();

  await signIn(page, 'board@steerline.example');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Coverage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage of population segments' })).toBeFocused();
  await expect(page).toHaveTitle('Coverage of population segments - Steerline');

  // The warning comes first and names the uncovered segment; the table says so in words too.
  const warning = page.getByRole('region', { name: 'Important' });
  await expect(warning).toContainText('No live action targets:');
  await expect(warning.getByRole('listitem').filter({ hasText: 'Adults with no internet at home' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Population segments and the live actions that target them' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Adults with no internet at home' }) });
  await expect(row.getByRole('cell')).toHaveText(['4.5%', 'Yes', 'None']);
  const dwellers = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Young, well-educated city dwellers' }) });
  await expect(dwellers.getByRole('cell').nth(0)).toHaveText('29%');
  await expect(dwellers.getByRole('cell').nth(1)).toHaveText('No');
  await checkPage(page);

  // A live action targets it: no longer listed in the warning, and the action is linked with its RAG rating.
  const action = await createActionTargeting(page.request, segment.id);
  await page.reload();
  await expect(row.getByRole('link', { name: `${action.reference} Home visits for people with no internet at home` })).toHaveAttribute('href', `/actions/${action.id}`);
  await expect(row.locator('.govuk-tag')).toHaveText('RAG rating: Grey (not started)');
  await expect(page.getByRole('region', { name: 'Important' }).getByText('Adults with no internet at home')).toHaveCount(0);
  await checkPage(page);

  // The board cancels the action: the segment is uncovered again.
  const cancelled = await page.request.post(`/api/actions/${action.id}/cancel`, { data: { version: action.version, reason: 'Funding for home visits was withdrawn.' } });
  expect(cancelled.status(), await cancelled.text()).toBe(200);
  await page.reload();
  await expect(warning.getByRole('listitem').filter({ hasText: 'Adults with no internet at home' })).toBeVisible();
  await expect(row.getByRole('cell').last()).toHaveText('None');
  await checkPage(page);
});
