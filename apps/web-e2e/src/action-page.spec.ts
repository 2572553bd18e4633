import type { APIRequestContext, Page } from '@playwright/test';
import type { ActionDetail, BodySummary, CreateActionRequest, PersonRef, PriorityRef } from '@steerline/contracts';
import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, test } from './support/fixtures.js';

/** Every page of the journey: no WCAG 2.2 AA problems axe can find, and no sideways scrolling at 320 px. */
async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

/** Sets up an action through the API with the signed-in user's session, so a test does not depend on another's data. */
async function createActionThroughApi(request: APIRequestContext, input: Partial<CreateActionRequest> & { title: string }): Promise<ActionDetail> {
  const [priorities, people, bodies] = await Promise.all([
    request.get('/api/priorities').then((r) => r.json() as Promise<PriorityRef[]>),
    request.get('/api/people').then((r) => r.json() as Promise<PersonRef[]>),
    request.get('/api/bodies').then((r) => r.json() as Promise<BodySummary[]>),
  ]);
  const response = await request.post('/api/actions', {
    data: {
      description: 'Set up by a browser test.',
      priorityId: priorities.find((priority) => priority.number === 3)!.id,
      ownerId: people.find((person) => person.name === 'Bola Board')!.id,
      owningBodyId: bodies.find((body) => body.name === 'Channel shift board')!.id,
      startDate: '2026-09-01',
      dueDate: '2027-09-30',
      ...input,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as ActionDetail;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const ragTag = (page: Page) => page.locator('main p strong.govuk-tag').filter({ hasText: 'RAG rating:' });

test('a board member creates an action, fixing the errors the form points to, then edits it', async ({ page }) => {
  await signIn(page, 'board@steerline.example');
  await page.goto('/actions');
  await page.getByRole('link', { name: 'Create an action' }).click();
  await expect(heading(page)).toHaveText('Create an action');
  await expect(page).toHaveTitle('Create an action - Steerline');
  await checkPage(page);

  // Nothing filled in: the API's errors come back as a focused summary linked to each field (it answers 400, twice in this test).
  expectRefusals(400);
  await page.getByRole('button', { name: 'Create action' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle('Error: Create an action - Steerline');
  await expect(summary.getByRole('link', { name: 'Enter a title for the action' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Choose the priority the action serves' })).toBeVisible();
  await expect(page.locator('#title-error')).toHaveText('Error: Enter a title for the action');
  await checkPage(page);
  await summary.getByRole('link', { name: 'Choose the priority the action serves' }).click();
  await expect(page.getByRole('radio', { name: /^1\. Support and promote awareness/ })).toBeFocused();

  await page.getByLabel('Title', { exact: true }).fill('Tablet lending from libraries');
  await page.getByLabel('Description').fill('Lend tablets with data to residents who have no device.\nBooked through the library service.');
  await page.getByRole('radio', { name: /^2\. Target digital access/ }).check();
  await page.getByLabel('Lead owner').selectOption({ label: 'Wren Working' });
  await page.getByLabel('Owning body').selectOption({ label: 'Internal digital inclusion working group' });
  await page.getByRole('group', { name: 'Partners' }).getByLabel('The library service').check();
  await page.getByRole('group', { name: 'Target population segments' }).getByLabel('Elderly people reliant on state support').check();
  await page.getByLabel('Start date (optional)').fill('2026-09-01');
  await page.getByLabel('Due date (optional)').fill('2027-06-30');

  await page.getByRole('button', { name: 'Add a milestone' }).click();
  const firstMilestone = page.getByRole('group', { name: 'Milestone 1' });
  await expect(firstMilestone.getByLabel('Milestone title')).toBeFocused();
  await firstMilestone.getByLabel('Milestone title').fill('Tablets bought');
  await firstMilestone.getByLabel('Milestone due date').fill('2026-10-31');
  await page.getByRole('button', { name: 'Add another milestone' }).click();
  const secondMilestone = page.getByRole('group', { name: 'Milestone 2' });
  await secondMilestone.getByLabel('Milestone title').fill('First 50 loans');
  await secondMilestone.getByLabel('Milestone due date').fill('31/01/2027');

  await page.getByRole('button', { name: 'Add a measure' }).click();
  const measure = page.getByRole('group', { name: 'Measure 1' });
  await measure.getByLabel('Measure name').fill('Tablets lent');
  await measure.getByLabel('Unit (optional)').fill('loans');
  await measure.getByLabel('Baseline (optional)').fill('0');
  await measure.getByLabel('Target (optional)').fill('lots');

  // Errors inside a row land on that row's input, named by the row.
  await page.getByRole('button', { name: 'Create action' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveText([/^Milestone 2: Due date must be a real date/, 'Measure 1: Target must be a number']);
  await expect(secondMilestone.locator('#milestones-1-dueDate-error')).toContainText('Due date must be a real date');
  await checkPage(page);
  await summary.getByRole('link', { name: /^Milestone 2: Due date/ }).click();
  await expect(secondMilestone.getByLabel('Milestone due date')).toBeFocused();
  await secondMilestone.getByLabel('Milestone due date').fill('2027-01-31');
  await measure.getByLabel('Target (optional)').fill('200');

  await page.getByRole('button', { name: 'Create action' }).click();
  await expect(heading(page)).toHaveText(/^DI-\d{3}: Tablet lending from libraries$/);
  const reference = (await heading(page).textContent())!.slice(0, 6);
  await expect(page.getByRole('alert').filter({ hasText: `${reference} has been created` })).toBeFocused();
  await expect(ragTag(page)).toHaveText('RAG rating: Grey (not started)');
  const facts = page.locator('.govuk-summary-list').first();
  await expect(facts.getByRole('definition').filter({ hasText: 'Wren Working' })).toBeVisible();
  await expect(facts.getByText('Internal digital inclusion working group')).toBeVisible();
  await expect(facts.getByText('30 June 2027')).toBeVisible();
  const milestones = page.getByRole('table', { name: 'Milestones' });
  await expect(milestones.getByRole('row', { name: /Tablets bought/ })).toContainText('Not done Overdue');
  await expect(milestones.getByRole('row', { name: /First 50 loans/ })).toContainText('31 January 2027');
  await expect(page.getByRole('table', { name: 'Measures' }).getByRole('row', { name: /Tablets lent/ })).toContainText('200');
  await expect(page.getByText('No progress updates have been posted yet.')).toBeVisible();
  await checkPage(page);

  await page.getByRole('button', { name: 'Edit action' }).click();
  await expect(heading(page)).toHaveText('Edit action');
  await expect(page).toHaveTitle(`Edit ${reference} - Steerline`);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Tablet lending from libraries');
  await checkPage(page);
  await page.getByLabel('Title', { exact: true }).fill('Tablet lending from all libraries');
  await page.getByRole('group', { name: 'Milestone 1' }).getByLabel('Date done (optional)').fill('2026-10-20');
  await page.getByRole('radio', { name: 'In progress' }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(heading(page)).toHaveText(`${reference}: Tablet lending from all libraries`);
  await expect(page.getByRole('alert').filter({ hasText: 'Your changes have been saved' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Milestones' }).getByRole('row', { name: /Tablets bought/ })).toContainText('20 October 2026');
  await page.getByText('Change history').click();
  const history = page.locator('.govuk-details__text');
  await expect(history.getByRole('heading', { name: 'Edited' }).first()).toBeVisible();
  await expect(history.getByText('“Tablet lending from libraries” to “Tablet lending from all libraries”')).toBeVisible();
  await expect(history.getByRole('heading', { name: 'Created' })).toBeVisible();
  await checkPage(page);
});

test('when two people edit one action at once, the second is told and shown the first change, and nothing is overwritten', async ({ page, browser }) => {
  await signIn(page, 'board@steerline.example');
  const action = await createActionThroughApi(page.request, { title: 'Digital champions in every team', description: 'The original description.' });

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  try {
    await signIn(other, 'leader@steerline.example');
    await page.goto(`/actions/${action.id}/edit`);
    await other.goto(`/actions/${action.id}/edit`);
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Digital champions in every team');
    await expect(other.getByLabel('Title', { exact: true })).toHaveValue('Digital champions in every team');

    // The board member saves first.
    await page.getByLabel('Title', { exact: true }).fill('Digital champions in every council team');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(heading(page)).toHaveText(`${action.reference}: Digital champions in every council team`);

    // The leader, still on the version they opened, is refused: their text does not overwrite the board member's.
    await other.getByLabel('Description').fill('The leader’s description.');
    await other.getByRole('button', { name: 'Save changes' }).click();
    const notice = other.getByRole('alert').filter({ hasText: 'Someone else changed this action while you were editing' });
    await expect(notice).toBeFocused();
    await expect(other.getByText('Your changes have not been saved')).toBeVisible();
    const theirChanges = other.locator('.govuk-inset-text').filter({ hasText: 'What they changed' });
    await expect(theirChanges.getByRole('term')).toHaveText(['Title']);
    await expect(theirChanges.getByRole('definition')).toHaveText('Now: Digital champions in every council team');
    await checkPage(other);

    await other.getByRole('button', { name: 'Reload the latest version' }).click();
    await expect(other.getByLabel('Title', { exact: true })).toHaveValue('Digital champions in every council team');
    await expect(other.getByLabel('Description')).toHaveValue('The original description.');
    await expect(other.getByText(/This is the latest version of DI-\d{3}, with the other change/)).toBeVisible();
    await checkPage(other);

    // Made again on the latest version, the leader's change is saved beside the board member's.
    await other.getByLabel('Description').fill('The leader’s description.');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await expect(other.getByRole('alert').filter({ hasText: 'Your changes have been saved' })).toBeVisible();
    await expect(heading(other)).toHaveText(`${action.reference}: Digital champions in every council team`);
    await expect(other.getByText('The leader’s description.', { exact: true })).toBeVisible();
  } finally {
    await otherContext.close();
  }
});

test('an owner posts an amber progress update with its reason; the timeline and the RAG tag show it', async ({ page }) => {
  await signIn(page, 'board@steerline.example');
  const action = await createActionThroughApi(page.request, {
    title: 'Funding bid for community devices',
    measures: [{ name: 'Devices funded', unit: 'devices', target: 500 }],
  });
  await page.goto(`/actions/${action.id}`);
  await expect(ragTag(page)).toHaveText('RAG rating: Grey (not started)');
  await checkPage(page);

  await page.getByRole('button', { name: 'Post a progress update' }).click();
  await expect(heading(page)).toHaveText('Post a progress update');
  await expect(page.getByLabel('What is wrong')).toBeHidden();
  await checkPage(page);

  // A measure value that is not a number: the API answers 400.
  expectRefusals(400);
  await page.getByRole('radio', { name: 'Amber' }).check();
  await expect(page.getByLabel('What is wrong')).toBeVisible();
  await page.getByLabel('Commentary').fill('Bid drafted; the funder has delayed its decision.');
  await page.getByLabel('Percent complete').fill('30');
  await page.getByLabel('Devices funded (devices)').fill('many');
  await page.getByRole('button', { name: 'Post update' }).click();

  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveText([
    'Say what the problem is (needed for an amber or red rating)',
    'Say what is being done about it (needed for an amber or red rating)',
    'Devices funded: Enter the value as a number',
  ]);
  await checkPage(page);
  await summary.getByRole('link', { name: 'Devices funded: Enter the value as a number' }).click();
  await expect(page.getByLabel('Devices funded (devices)')).toBeFocused();

  await page.getByLabel('Devices funded (devices)').fill('120');
  await page.getByLabel('What is wrong').fill('The funder has moved its decision to January.');
  await page.getByLabel('What is being done about it').fill('Applying to a second funder in parallel.');
  await page.getByLabel('Revised date (optional)').fill('2027-02-28');
  await page.getByRole('button', { name: 'Post update' }).click();

  await expect(page).toHaveURL(new RegExp(`/actions/${action.id}$`));
  await expect(page.getByRole('alert').filter({ hasText: 'Progress update posted' })).toBeFocused();
  await expect(ragTag(page)).toHaveText('RAG rating: Amber');
  const latest = page.locator('.moj-timeline__item').first();
  await expect(latest.getByRole('heading')).toHaveText('RAG rating: Amber 30% complete');
  await expect(latest).toContainText('by Bola Board');
  await expect(latest).toContainText('The funder has moved its decision to January.');
  await expect(latest).toContainText('Applying to a second funder in parallel.');
  await expect(latest).toContainText('28 February 2027');
  await expect(latest).toContainText('Devices funded120');
  await expect(page.getByRole('table', { name: 'Measures' }).getByRole('row', { name: /Devices funded/ })).toContainText('120');
  await checkPage(page);
});

test('a board member cancels an action, giving the reason; it then says it is cancelled and can no longer be changed', async ({ page }) => {
  await signIn(page, 'board@steerline.example');
  const action = await createActionThroughApi(page.request, { title: 'Printed guide to online council services' });
  await page.goto(`/actions/${action.id}`);

  await page.getByRole('button', { name: 'Cancel action' }).click();
  await expect(heading(page)).toHaveText('Cancel this action');
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle(`Cancel ${action.reference} - Steerline`);
  await checkPage(page);

  // Cancelled with no reason: the API answers 400.
  expectRefusals(400);
  await page.getByRole('button', { name: 'Cancel action' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page.locator('#reason-error')).toHaveText('Error: Say why the action is cancelled');
  await checkPage(page);

  await page.getByLabel('Why is the action being cancelled?').fill('Replaced by the digital champions programme.');
  await page.getByRole('button', { name: 'Cancel action' }).click();

  await expect(heading(page)).toHaveText(`${action.reference}: Printed guide to online council services`);
  await expect(page.getByRole('alert').filter({ hasText: `${action.reference} has been cancelled` })).toBeFocused();
  const banner = page.getByRole('region', { name: 'Important' });
  await expect(banner).toContainText('This action has been cancelled');
  await expect(banner).toContainText('Reason: Replaced by the digital champions programme.');
  await expect(page.locator('main p strong.govuk-tag').filter({ hasText: 'Status:' })).toHaveText('Status: Cancelled');
  await expect(page.getByRole('button', { name: 'Edit action' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Post a progress update' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel action' })).toHaveCount(0);
  await checkPage(page);
});
