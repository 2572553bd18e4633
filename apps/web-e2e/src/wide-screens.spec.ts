import type { APIRequestContext, Page } from '@playwright/test';
import type { ActionSummary, Page as ResultPage, ReviewCycleSummary } from '@steerline/contracts';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';

/**
 * At common desktop widths every table fits the column it sits in: nothing hides behind a sideways scroll that few
 * people notice. Each page is checked at 1024, 1280 and 1920 CSS pixels.
 */

const WIDTHS = [1024, 1280, 1920];

/** Every table, and every box that scrolls sideways, as wide as it is drawn or narrower: the ones that are not. */
async function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`;
    const problems: string[] = [];
    for (const element of document.querySelectorAll('main *')) {
      const box = element as HTMLElement;
      // Visually hidden text (a 1 px clipped box) is for screen readers and never scrolls in view.
      const visuallyHidden = box.clientWidth <= 1;
      if (!visuallyHidden && box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') {
        problems.push(`${describe(box)} scrolls: ${box.scrollWidth} px of content in ${box.clientWidth} px`);
      }
    }
    for (const table of document.querySelectorAll('main table')) {
      const parent = table.parentElement!;
      const width = table.getBoundingClientRect().width;
      if (width > parent.clientWidth + 1) problems.push(`${describe(table)} is ${Math.round(width)} px wide in ${parent.clientWidth} px`);
    }
    return problems;
  });
}

async function expectEveryTableFits(page: Page): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    expect(await tooWide(page), `at ${width} px on ${page.url()}`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Through the API as the board: one escalation waiting in the queue and one decided, so both pages have rows. */
async function raiseEscalations(request: APIRequestContext): Promise<void> {
  const actions = (await (await request.get('/api/actions?pageSize=2')).json()) as ResultPage<ActionSummary>;
  const escalation = { impact: 'Sessions stop', decisionSought: 'Agree extra funding', urgency: 'routine', neededBy: '2027-06-30' };
  const waiting = await request.post(`/api/actions/${actions.items[0].id}/escalations`, { data: { ...escalation, problem: 'Volunteers are leaving at a rate the drop-ins cannot carry' } });
  expect(waiting.status(), await waiting.text()).toBe(201);
  const raised = await request.post(`/api/actions/${actions.items[1].id}/escalations`, { data: { ...escalation, problem: 'The venue is closing for refurbishment' } });
  const { id, version } = (await raised.json()) as { id: string; version: number };
  const taken = (await (await request.post(`/api/escalations/${id}/take`, { data: { version } })).json()) as { version: number };
  const decided = await request.post(`/api/escalations/${id}/decision`, { data: { version: taken.version, outcome: 'agreed', decisionText: 'Agreed: use the library meeting room' } });
  expect(decided.ok(), await decided.text()).toBe(true);
}

/**
 * The open review cycle, or one opened by the board through the API, so the tracker and its draft report have returns
 * to show. A strategy has one cycle in progress at a time, and earlier journeys may have left theirs open.
 */
async function anOpenReviewCycle(request: APIRequestContext): Promise<ReviewCycleSummary> {
  expect((await request.post('/api/auth/sign-in', { data: { email: 'board@steerline.example', password: DEMO_PASSWORD } })).ok()).toBe(true);
  await raiseEscalations(request);
  const cycles = (await (await request.get('/api/reviews/cycles')).json()) as ReviewCycleSummary[];
  let cycle = cycles.find((c) => c.status === 'open' || c.status === 'board_review');
  if (!cycle) {
    const created = await request.post('/api/reviews/cycles', {
      data: { name: `Widths review ${Date.now()}`, periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-12-15', reminderDaysBefore: 7 },
    });
    expect(created.status(), await created.text()).toBe(201);
    const draft = (await created.json()) as { id: string; version: number };
    const opened = await request.post(`/api/reviews/cycles/${draft.id}/open`, { data: { version: draft.version } });
    expect(opened.ok(), await opened.text()).toBe(true);
    cycle = (await opened.json()) as ReviewCycleSummary;
  }
  await request.post('/api/auth/sign-out');
  return cycle;
}

test('the list, queue, decision log, review tracker and report fit their columns at desktop widths', async ({ page, request }) => {
  test.setTimeout(120_000);
  const cycle = await anOpenReviewCycle(request);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'board@steerline.example');

  const pages: [string, string | RegExp][] = [
    ['/actions', 'Actions'],
    ['/escalations', 'Board queue'],
    ['/decisions', 'Decision log'],
    [`/reviews/${cycle.id}`, cycle.name],
    [`/reviews/${cycle.id}/report`, /Corporate Plan report/],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('main table').first()).toBeVisible();
    await expectEveryTableFits(page);
    await expectNoAxeViolations(page);
  }
});

test("an action's title links to it as well as its reference", async ({ page }) => {
  await signIn(page, 'board@steerline.example');
  await page.goto('/actions');
  const title = page.getByRole('table').getByRole('link', { name: 'Get online Tuesdays at The Forum' });
  await title.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: Get online Tuesdays at The Forum$/);
});
