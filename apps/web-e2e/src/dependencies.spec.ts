import type { APIRequestContext, Page } from '@playwright/test';
import type { ActionDetail, BodySummary, PersonRef, PriorityRef } from '@steerline/contracts';
import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, tabTo, test } from './support/fixtures.js';

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

/** An action of the channel shift board owned by board@, set up through the API with the browser's session. */
async function createAction(request: APIRequestContext, title: string, dueDate: string): Promise<ActionDetail> {
  const [priorities, people, bodies] = await Promise.all([
    request.get('/api/priorities').then((r) => r.json() as Promise<PriorityRef[]>),
    request.get('/api/people').then((r) => r.json() as Promise<PersonRef[]>),
    request.get('/api/bodies').then((r) => r.json() as Promise<BodySummary[]>),
  ]);
  const response = await request.post('/api/actions', {
    data: {
      title,
      priorityId: priorities.find((priority) => priority.number === 2)!.id,
      ownerId: people.find((person) => person.name === 'Bola Board')!.id,
      owningBodyId: bodies.find((body) => body.name === 'Channel shift board')!.id,
      startDate: '2026-09-01',
      dueDate,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as ActionDetail;
}

test('a board member links, is refused a cycle, sees the blocker warning, and removes a link, by keyboard', async ({ page }) => {
  await signIn(page, 'board@steerline.example');
  const first = await createAction(page.request, 'Laptops for the library', '2027-03-31');
  const waiting = await createAction(page.request, 'Laptop loans at the library', '2027-06-30');
  const late = await createAction(page.request, 'Library Wi-Fi upgraded', '2027-08-31');
  // The loans wait on the laptops.
  expect((await page.request.post(`/api/actions/${waiting.id}/blockers`, { data: { blockerId: first.id } })).status()).toBe(201);

  // The laptops' page: it blocks the loans and waits on nothing.
  await page.goto(`/actions/${first.id}`);
  const section = page.getByRole('region', { name: 'Dependencies' });
  await expect(section.getByText(`${first.reference} is not waiting on any other action.`)).toBeVisible();
  await expect(section.getByRole('table', { name: `Actions waiting on ${first.reference}` }).getByRole('link')).toHaveText(`${waiting.reference}: Laptop loans at the library`);
  await checkPage(page);

  // Laptops blocked by the loans would be a circle: refused (409), in an error summary that takes the focus.
  expectRefusals(409);
  const choice = section.getByLabel(`Add an action ${first.reference} is blocked by`);
  await section.getByRole('heading', { name: 'Blocked by' }).click();
  await tabTo(page, choice);
  await page.keyboard.type(waiting.reference);
  await expect(choice).toHaveValue(waiting.id);
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Add blocking action' })).toBeFocused();
  await page.keyboard.press('Enter');
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  const refusal = `${first.reference} cannot be blocked by ${waiting.reference}, because ${waiting.reference} already waits on ${first.reference}: ${first.reference} → ${waiting.reference} → ${first.reference}.`;
  await expect(summary.getByRole('link')).toHaveText(refusal);
  await expect(section.locator('.govuk-error-message')).toContainText(refusal);
  await checkPage(page);
  await tabTo(page, summary.getByRole('link'));
  await page.keyboard.press('Enter');
  await expect(choice).toBeFocused();

  // A blocker due after this action: linked, and the page warns about it in words.
  await page.keyboard.type(late.reference);
  await expect(choice).toHaveValue(late.id);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const blockedBy = section.getByRole('table', { name: `Actions ${first.reference} is blocked by` });
  await expect(blockedBy.getByRole('link')).toHaveText(`${late.reference}: Library Wi-Fi upgraded`);
  await expect(section.getByRole('status')).toHaveText(`${late.reference} added: ${first.reference} is now blocked by it.`);
  await expect(page.locator('.govuk-warning-text')).toHaveText(`!WarningThis action is waiting on ${late.reference}, which is now due after this one.`);
  await expect(page.locator('main p strong.govuk-tag', { hasText: 'Blocked' })).toBeVisible();
  await expect(summary).toHaveCount(0);
  await checkPage(page);

  // Removed by keyboard: the focus goes back to the list it was in.
  await tabTo(page, blockedBy.getByRole('button', { name: `Remove ${late.reference} from blocked by` }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(section.getByText(`${first.reference} is not waiting on any other action.`)).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Blocked by' })).toBeFocused();
  await expect(page.locator('.govuk-warning-text')).toHaveCount(0);
  await checkPage(page);

  // The loans' page shows what they wait on; the list filters and marks them.
  await page.goto(`/actions/${waiting.id}`);
  await expect(page.getByRole('table', { name: `Actions ${waiting.reference} is blocked by` }).getByRole('link')).toHaveText(`${first.reference}: Laptops for the library`);
  await page.goto('/actions');
  await page.getByLabel('Blocked', { exact: true }).check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\?blocked=true$/);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: waiting.reference, exact: true }) });
  await expect(row.getByText('Blocked', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: first.reference, exact: true })).toHaveCount(0);
  await checkPage(page);
});
