import type { Page } from '@playwright/test';
import type { ActionSummary, Page as ResultPage, ReviewCycleSummary } from '@steerline/contracts';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures.js';

/**
 * The tour of `npm start`: each demo account walks every page its navigation and the links on those pages lead to,
 * and none of them shows an empty state where the demo has data. Each page is checked with axe too.
 */

/** What a page says when it has nothing to show, and the demo always has something. */
const EMPTY_STATES = [
  'There are no actions yet.',
  'No progress updates have been posted yet.',
  'This action has no milestones.',
  'This action has no measures.',
  'There are no overdue actions.',
  'No milestones are due in the next 30 days.',
  'There are no escalations waiting for the board.',
  'There are no decisions to show.',
  'There are no board meetings yet.',
  'Nothing is on the agenda yet.',
  'There are no review cycles yet.',
  'No returns match these filters.',
  'You have no notifications.',
  'No partners have been added yet.',
  'No contacts have been recorded yet.',
  'No shared protocols have been signed yet.',
  'This partner is not working on any live action.',
  'No population segments have been recorded.',
  'There are no actions.',
  'No action is red or amber.',
  'No escalations were raised in the period.',
  'No action has measures.',
  'There are no recorded changes.',
  'No changes match these filters.',
  'No one has been added yet.',
  'No governance bodies have been added yet.',
  'No priorities have been added yet.',
];

/** Empty states that are the truth for an administrator, who owns no action and so has no return to write. */
const NOTHING_OWNED = ['None of your actions needs an update.', 'You have no review returns to complete.'];

const ACCOUNTS = [
  { email: 'admin@steerline.example', ownsActions: false },
  { email: 'leader@steerline.example', ownsActions: true },
  { email: 'board@steerline.example', ownsActions: true },
  { email: 'working@steerline.example', ownsActions: true },
  { email: 'partner@steerline.example', ownsActions: true },
];

/** Pages that are forms or sign-out, not content: the walk does not follow them. */
const NOT_CONTENT = /\/(new|edit)$|\/updates\/new$|\/escalations\/new$|^\/sign-in|^\/api\/|^\/accessibility$/;

/** One visit per kind of page: ids and references stand for any record. */
const kindOf = (path: string) =>
  path.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id').replace(/DI-\d+/g, ':reference');

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/Loading\b[^.]*…/);
}

async function expectContent(page: Page, ownsActions: boolean): Promise<void> {
  const text = await page.locator('main').innerText();
  const empty = [...EMPTY_STATES, ...(ownsActions ? NOTHING_OWNED : [])].filter((phrase) => text.includes(phrase));
  expect(empty, `empty states on ${page.url()}`).toEqual([]);
  await expectNoAxeViolations(page);
}

/** The action page to see: one of the demo's (earlier journeys add actions of their own, with no updates yet). */
async function demoActionPage(page: Page, reference: string): Promise<string> {
  const found = (await (await page.request.get(`/api/actions?q=${reference}`)).json()) as ResultPage<ActionSummary>;
  return `/actions/${found.items.find((action) => action.reference === reference)!.id}`;
}

/** Follows the navigation and every link on the pages it reaches, one page of each kind, breadth first. */
async function walk(page: Page, ownsActions: boolean): Promise<string[]> {
  const menu = page.getByRole('navigation', { name: 'Menu' }).getByRole('link');
  const navigation = (await menu.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).filter((href) => href.startsWith('/'));
  const queue = [...navigation, await demoActionPage(page, 'DI-005')];
  const seen = new Set(queue.map(kindOf));
  const visited: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    await page.goto(path);
    await settle(page);
    await expectContent(page, ownsActions);
    visited.push(path);
    const links = await page.locator('main a[href^="/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    for (const link of links) {
      if (NOT_CONTENT.test(link) || seen.has(kindOf(link))) continue;
      seen.add(kindOf(link));
      queue.push(link);
    }
  }
  return visited;
}

for (const { email, ownsActions } of ACCOUNTS) {
  test(`${email} finds the demo's content on every page they can reach`, async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, email);
    const visited = await walk(page, ownsActions);
    for (const kind of ['/', '/actions', '/actions/:id', '/escalations', '/escalations/:id', '/decisions', '/board-meetings', '/board-meetings/:id', '/reviews', '/reviews/:id', '/reviews/:id/report', '/partners', '/partners/:id', '/coverage', '/notifications']) {
      expect(visited.map(kindOf), `${email} reached a page like ${kind}`).toContain(kind);
    }
    if (!ownsActions) {
      for (const kind of ['/admin/users', '/admin/users/:id', '/admin/audit', '/admin/setup', '/admin/priorities', '/admin/bodies']) expect(visited.map(kindOf)).toContain(kind);
    }
  });
}

test('the dashboard chart, a timeline, the movement since the last review and the comparison of two cycles all have data', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'leader@steerline.example');
  const chart = page.getByRole('img', { name: /^Stacked bar chart of the RAG ratings of actions by priority\. Priority 1: / });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('aria-label', /\d+ Red.*\d+ Amber|\d+ Amber.*\d+ Red/);
  await expect(chart).not.toHaveAttribute('aria-label', /no actions/);

  // An action with a rating that moved: its timeline shows the amber and red months with their reasons.
  await page.goto(await demoActionPage(page, 'DI-005'));
  await settle(page);
  await expect(page.locator('main').getByText('The supplier cannot install in four of the nine centres before its contract ends.').first()).toBeVisible();
  await expect(page.locator('main')).toContainText('Red');
  // Its evidence: the measure values its owner attached to the latest update, and the notes its escalations were raised with.
  const evidence = page.getByRole('table', { name: /^Evidence on DI-005/ });
  await expect(evidence.getByRole('link', { name: /^DI-005 measures to \d{4}-\d\d-\d\d\.csv/ })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('No evidence has been added.');
  await expectContent(page, true);

  const cycles = (await (await page.request.get('/api/reviews/cycles')).json()) as ReviewCycleSummary[];
  const [latest, earlier] = cycles.filter((cycle) => cycle.status === 'signed_off');
  await page.goto(`/reviews/${latest.id}/report`);
  await settle(page);
  await expect(page.locator('main')).toContainText(`Compared with ${earlier.name}.`);
  await expect(page.locator('main')).toContainText(/Improved|Worse/);
  await expectContent(page, true);

  await page.goto(`/reviews/compare?from=${earlier.id}&to=${latest.id}`);
  await settle(page);
  await expect(page.locator('main table').first()).toBeVisible();
  await expect(page.locator('main')).toContainText(/DI-0\d\d/);
  await expectContent(page, true);
});
