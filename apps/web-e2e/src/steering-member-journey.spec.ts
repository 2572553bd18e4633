import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { ActionDetail, BodySummary, PersonRef, PriorityRef } from '@steerline/contracts';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, tabTo, test } from './support/fixtures.js';

/**
 * The acceptance journey of the action plan: a member of the external digital steering group finds their overdue
 * actions, opens one, reports it amber with the reason, and sees the dashboard change. Once with a mouse, once with
 * the keyboard alone.
 */

const PRIORITY = 6;

/** Every page: no WCAG 2.2 AA problems axe can find, and no sideways scrolling at 320 px. */
async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

/** As a board member, through the API: an action owned by Pat Partner in the external steering group, already past its due date. */
async function createOverdueActionForPartner(request: APIRequestContext, title: string): Promise<ActionDetail> {
  const signIn = await request.post('/api/auth/sign-in', { data: { email: 'board@steerline.example', password: DEMO_PASSWORD } });
  expect(signIn.ok()).toBe(true);
  const [priorities, people, bodies] = await Promise.all([
    request.get('/api/priorities').then((r) => r.json() as Promise<PriorityRef[]>),
    request.get('/api/people').then((r) => r.json() as Promise<PersonRef[]>),
    request.get('/api/bodies').then((r) => r.json() as Promise<BodySummary[]>),
  ]);
  const response = await request.post('/api/actions', {
    data: {
      title,
      description: 'Partners sign up to the shared signposting protocols.',
      priorityId: priorities.find((priority) => priority.number === PRIORITY)!.id,
      ownerId: people.find((person) => person.name === 'Pat Partner')!.id,
      owningBodyId: bodies.find((body) => body.name === 'External digital steering group')!.id,
      startDate: '2026-03-01',
      dueDate: '2026-10-31',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  await request.post('/api/auth/sign-out');
  return (await response.json()) as ActionDetail;
}

/** The number of amber actions the dashboard's table gives for the priority. */
async function amberCount(page: Page): Promise<number> {
  const table = page.getByRole('table', { name: /Number of actions by priority and RAG rating/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^Priority ${PRIORITY}`) }) });
  // Cells after the row header: red, amber, green, blue, grey, total.
  const text = await row.getByRole('cell').nth(1).textContent();
  return Number.parseInt(text ?? '', 10);
}

const needingUpdate = (page: Page): Locator => page.locator('section').filter({ has: page.getByRole('heading', { name: 'My actions needing an update' }) });
const ragTag = (page: Page) => page.locator('main p strong.govuk-tag').filter({ hasText: 'RAG rating:' });

test('a steering group member finds their overdue action, reports it amber with the reason, and the dashboard changes', async ({ page, request }) => {
  const action = await createOverdueActionForPartner(request, 'Partners sign up to the inline for online protocols');

  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill('partner@steerline.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(needingUpdate(page).getByRole('link', { name: new RegExp(`^${action.reference}:`) })).toBeVisible();
  const amberBefore = await amberCount(page);
  await checkPage(page);

  await page.getByRole('link', { name: 'Actions', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actions');
  await page.getByLabel('Only overdue actions').check();
  await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Me (my actions)' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/overdue=true/);
  await expect(page).toHaveURL(/owner=me/);
  const link = page.getByRole('link', { name: action.reference, exact: true });
  await expect(link).toBeVisible();
  await checkPage(page);

  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${action.reference}: Partners sign up to the inline for online protocols`);
  await expect(page.locator('main p').getByText('Overdue', { exact: true })).toBeVisible();
  await checkPage(page);

  await page.getByRole('button', { name: 'Post a progress update' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Post a progress update');
  await page.getByRole('radio', { name: 'Amber' }).check();
  await page.getByLabel('What is wrong').fill('Two partners have not yet signed the protocols.');
  await page.getByLabel('What is being done about it').fill('Meeting both partners this month to agree the wording.');
  await page.getByLabel('Revised date (optional)').fill('2027-01-31');
  await page.getByLabel('Commentary').fill('Four of six partners have signed up.');
  await page.getByLabel('Percent complete').fill('60');
  await checkPage(page);
  await page.getByRole('button', { name: 'Post update' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Progress update posted' })).toBeFocused();
  await expect(ragTag(page)).toHaveText('RAG rating: Amber');
  await expect(page.locator('.moj-timeline__item').first()).toContainText('Two partners have not yet signed the protocols.');
  await checkPage(page);

  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect.poll(() => amberCount(page)).toBe(amberBefore + 1);
  await expect(needingUpdate(page).getByRole('link', { name: new RegExp(`^${action.reference}:`) })).toHaveCount(0);
  await checkPage(page);
});

test('the same journey works with the keyboard alone', async ({ page, request }) => {
  const action = await createOverdueActionForPartner(request, 'Signposting cards in every library');
  const keyboard = page.keyboard;
  const focused = (locator: Locator) => expect(locator).toBeFocused();

  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel('Email address'));
  await keyboard.type('partner@steerline.example');
  await keyboard.press('Tab');
  await focused(page.getByLabel('Password'));
  await keyboard.type(DEMO_PASSWORD);
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(needingUpdate(page).getByRole('link', { name: new RegExp(`^${action.reference}:`) })).toBeVisible();
  const amberBefore = await amberCount(page);
  await checkPage(page);

  // Focus is on the heading after signing in; the navigation is above it.
  await tabTo(page, page.getByRole('link', { name: 'Actions', exact: true }), 'Shift+Tab');
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actions');
  await checkPage(page);

  const overdue = page.getByLabel('Only overdue actions');
  await tabTo(page, overdue, 'Tab', 40);
  await keyboard.press('Space');
  await expect(overdue).toBeChecked();
  const owner = page.getByLabel('Owner', { exact: true });
  await tabTo(page, owner);
  // On a closed select, typing picks the option that starts with the letters.
  await keyboard.type('Me');
  await expect(owner).toHaveValue('me');
  await tabTo(page, page.getByRole('button', { name: 'Apply filters' }), 'Tab', 40);
  await keyboard.press('Enter');
  await expect(page).toHaveURL(/overdue=true/);
  await expect(page).toHaveURL(/owner=me/);
  const link = page.getByRole('link', { name: action.reference, exact: true });
  await expect(link).toBeVisible();
  await checkPage(page);

  await tabTo(page, link, 'Tab', 60);
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${action.reference}: Signposting cards in every library`);
  await checkPage(page);

  await tabTo(page, page.getByRole('button', { name: 'Post a progress update' }));
  // It is a link that looks like a button, so it answers the space bar too.
  await keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Post a progress update');
  await checkPage(page);

  // Into the RAG radios (the first, Red, takes focus), then the arrow key moves the choice to Amber.
  await tabTo(page, page.getByRole('radio', { name: 'Red' }));
  await keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Amber' })).toBeChecked();
  await expect(page.getByLabel('What is wrong')).toBeVisible();
  await keyboard.press('Tab');
  await focused(page.getByLabel('What is wrong'));
  await keyboard.type('The library service is reprinting the cards.');
  await keyboard.press('Tab');
  await focused(page.getByLabel('What is being done about it'));
  await keyboard.type('Using the old cards until the reprint arrives.');
  await keyboard.press('Tab');
  await focused(page.getByLabel('Revised date (optional)'));
  await keyboard.type('2027-02-28');
  await tabTo(page, page.getByLabel('Commentary'));
  await keyboard.type('Cards are in 8 of 12 libraries.');
  await keyboard.press('Tab');
  await focused(page.getByLabel('Percent complete'));
  await keyboard.press('Backspace');
  await keyboard.type('70');
  await tabTo(page, page.getByRole('button', { name: 'Post update' }));
  await keyboard.press('Enter');

  const banner = page.getByRole('alert').filter({ hasText: 'Progress update posted' });
  await expect(banner).toBeFocused();
  await expect(ragTag(page)).toHaveText('RAG rating: Amber');
  await expect(page.locator('.moj-timeline__item').first()).toContainText('The library service is reprinting the cards.');
  await checkPage(page);

  await tabTo(page, page.getByRole('link', { name: 'Dashboard', exact: true }), 'Shift+Tab');
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect.poll(() => amberCount(page)).toBe(amberBefore + 1);
  await expect(needingUpdate(page).getByRole('link', { name: new RegExp(`^${action.reference}:`) })).toHaveCount(0);
  await checkPage(page);
});
