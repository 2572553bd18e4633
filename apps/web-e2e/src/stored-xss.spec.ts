import type { APIRequestContext, Page } from '@playwright/test';
import type {
  ActionDetail, BodySummary, Escalation, Page as ResultPage, PartnerDetail, PersonRef, PriorityRef, ReviewCycleSummary, ReviewReturn, ReviewReturnRow, Segment,
} from '@steerline/contracts';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, signIn, test } from './support/fixtures.js';

/**
 * Stored XSS: markup saved in every free-text field must come back as text on every page that shows it. Each field gets
 * both an <img onerror> and a <script> payload, labelled with the field's name so a page can be checked for each.
 * If any of it were parsed as HTML, window.__xss would be set, or CSP would refuse the inline handler (a console error
 * the fixture fails on), or an <img src="x"> would be in the page.
 */
const xss = (field: string) => `XSS ${field} <img src=x onerror="window.__xss=1"> <script>window.__xss=1</script>`;

async function send<T>(request: APIRequestContext, method: 'post' | 'put' | 'patch', url: string, data: object): Promise<T> {
  const response = await request[method](url, { data });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** Opens the page, waits for the fields to show as text, and proves nothing in them ran. */
async function visit(page: Page, path: string, shown: string[]): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const text of shown) await expect(page.locator('main'), `${text} on ${path}`).toContainText(text);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `script ran on ${path}`).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

test('markup saved in every free-text field is shown as text and never runs', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await signIn(page, 'admin@steerline.example');
  const admin = page.request;
  const [priorities, people, bodies] = await Promise.all([
    admin.get('/api/priorities').then((r) => r.json() as Promise<PriorityRef[]>),
    admin.get('/api/people').then((r) => r.json() as Promise<PersonRef[]>),
    admin.get('/api/bodies').then((r) => r.json() as Promise<BodySummary[]>),
  ]);
  const person = (name: string) => people.find((p) => p.name === name)!.id;
  const boardBody = bodies.find((body) => body.name === 'Channel shift board')!.id;

  // Reference data an admin names: a segment, a partner with a contact and a signed protocol, a person.
  const segment = await send<Segment>(admin, 'post', '/api/segments', { name: xss('segment name'), householdShare: 1 });
  const partner = await send<PartnerDetail>(admin, 'post', '/api/partners', { name: xss('partner name'), description: xss('partner description') });
  await send(admin, 'post', `/api/partners/${partner.id}/contacts`, { name: xss('contact name'), role: xss('contact role') });
  await send(admin, 'post', `/api/partners/${partner.id}/protocols`, { protocolName: xss('protocol name'), protocolVersion: '1.0', signedOn: '2026-04-01', signedBy: xss('signed by') });
  const newPerson = await send<{ id: string }>(admin, 'post', '/api/admin/users', { email: 'xss.person@example.org', name: xss('person name') });

  // An action with milestones and measures, and a progress update on it.
  const action = await send<ActionDetail>(admin, 'post', '/api/actions', {
    title: xss('action title'),
    description: xss('action description'),
    priorityId: priorities[0].id,
    ownerId: person('Bola Board'),
    owningBodyId: boardBody,
    partnerIds: [partner.id],
    segmentIds: [segment.id],
    startDate: '2026-09-01',
    dueDate: '2027-09-30',
    milestones: [{ title: xss('milestone title'), dueDate: '2026-12-05' }],
    measures: [{ name: xss('measure name'), target: 10 }],
  });
  await send(admin, 'post', `/api/actions/${action.id}/updates`, {
    commentary: xss('update commentary'),
    rag: 'amber',
    percentComplete: 20,
    problem: xss('what is wrong'),
    correctiveAction: xss('what is being done'),
  });
  const cancelled = await send<ActionDetail>(admin, 'post', '/api/actions', { title: xss('cancelled action'), priorityId: priorities[0].id, ownerId: person('Bola Board'), owningBodyId: boardBody });
  await send(admin, 'post', `/api/actions/${cancelled.id}/cancel`, { version: cancelled.version, reason: xss('cancel reason') });

  // Escalations: one waiting in the queue and on a meeting's agenda, one decided with a follow-up and resolved.
  const escalationText = (tag: string) => ({ problem: xss(`${tag} problem`), impact: xss(`${tag} impact`), decisionSought: xss(`${tag} decision sought`), urgency: 'urgent', neededBy: '2027-01-31' });
  const waiting = await send<Escalation>(admin, 'post', `/api/actions/${action.id}/escalations`, escalationText('waiting'));
  const decided = await send<Escalation>(admin, 'post', `/api/actions/${action.id}/escalations`, escalationText('decided'));
  const boardContext = await browser.newContext();
  const board = boardContext.request;
  expect((await board.post('/api/auth/sign-in', { data: { email: 'board@steerline.example', password: DEMO_PASSWORD } })).ok()).toBe(true);
  const meeting = await send<{ id: string }>(board, 'post', '/api/board-meetings', { meetingDate: '2026-12-10', title: xss('meeting title') });
  await send(board, 'post', `/api/board-meetings/${meeting.id}/agenda`, { escalationId: waiting.id, version: waiting.version });
  const taken = await send<Escalation>(board, 'post', `/api/escalations/${decided.id}/take`, { version: decided.version });
  const agreed = await send<Escalation>(board, 'post', `/api/escalations/${decided.id}/decision`, {
    version: taken.version,
    outcome: 'agreed',
    decisionText: xss('decision text'),
    conditions: xss('decision conditions'),
    followUp: { ownerId: person('Bola Board'), dueDate: '2027-03-31', title: xss('follow-up title') },
  });
  await send(board, 'post', `/api/escalations/${decided.id}/resolve`, { version: agreed.version, outcome: xss('resolution') });

  // A review return written by its owner (board@ owns the action) and sent back with a comment. One cycle can be in
  // progress at a time: a new one (so the action has a return) unless an earlier journey left one open.
  const cycles = await board.get('/api/reviews/cycles').then((r) => r.json() as Promise<ReviewCycleSummary[]>);
  let cycle = cycles.find((c) => c.status === 'open' || c.status === 'board_review');
  let reference = 'DI-003';
  if (!cycle) {
    const draft = await send<ReviewCycleSummary & { version: number }>(admin, 'post', '/api/reviews/cycles', { name: xss('review cycle name'), periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' });
    cycle = await send<ReviewCycleSummary>(board, 'post', `/api/reviews/cycles/${draft.id}/open`, { version: draft.version });
    reference = action.reference;
  }
  const rows = await board.get(`/api/reviews/cycles/${cycle.id}/returns?q=${reference}`).then((r) => r.json() as Promise<ResultPage<ReviewReturnRow>>);
  let reviewReturn = rows.items.find((row) => row.action.reference === reference)!;
  if (reviewReturn.status === 'submitted') {
    reviewReturn = await send(board, 'post', `/api/reviews/returns/${reviewReturn.id}/send-back`, { version: reviewReturn.version, comment: 'Set aside by the XSS test' });
  }
  const saved = await send<ReviewReturn>(board, 'put', `/api/reviews/returns/${reviewReturn.id}`, {
    version: reviewReturn.version,
    actionStatus: 'in_progress',
    rag: 'amber',
    ragReason: xss('rag reason'),
    correctiveAction: xss('return corrective action'),
    narrative: xss('review narrative'),
    nextSteps: xss('next steps'),
    amendments: [{ kind: 'scope', newScope: xss('amended scope'), reason: xss('amendment reason') }],
  });
  const submitted = await send<ReviewReturn>(board, 'post', `/api/reviews/returns/${saved.id}/submit`, { version: saved.version });
  await send(board, 'post', `/api/reviews/returns/${saved.id}/send-back`, { version: submitted.version, comment: xss('board comment') });

  // The SPA page forbids inline script in its Content-Security-Policy.
  const spa = await page.goto('/actions');
  const policy = spa!.headers()['content-security-policy'] ?? '';
  const directive = (name: string) => policy.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `));
  const scriptSrc = directive('script-src') ?? directive('default-src');
  expect(scriptSrc, policy).toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain('*');
  expect(directive('script-src-attr') ?? scriptSrc).not.toContain("'unsafe-inline'");

  // Every page that shows the fields, as admin.
  await visit(page, `/actions?q=${encodeURIComponent('XSS action title')}`, [xss('action title')]);
  await visit(page, `/actions/${action.id}`, [
    xss('action title'), xss('action description'), xss('milestone title'), xss('measure name'), xss('update commentary'),
    xss('what is wrong'), xss('what is being done'), xss('partner name'), xss('segment name'),
  ]);
  await visit(page, `/actions/${cancelled.id}`, [xss('cancelled action'), xss('cancel reason')]);
  await visit(page, `/actions/${action.id}/edit`, []);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(xss('action title'));
  await visit(page, `/escalations/${waiting.id}`, [xss('waiting problem'), xss('waiting impact'), xss('waiting decision sought'), xss('action title')]);
  await visit(page, `/escalations/${decided.id}`, [xss('decided problem'), xss('decision text'), xss('decision conditions'), xss('resolution')]);
  await visit(page, '/escalations', [xss('waiting decision sought')]);
  await visit(page, '/decisions', [xss('decision text')]);
  await visit(page, '/board-meetings', [xss('meeting title')]);
  await visit(page, `/board-meetings/${meeting.id}`, [xss('meeting title'), xss('waiting decision sought')]);
  await visit(page, '/partners', [xss('partner name')]);
  await visit(page, `/partners/${partner.id}`, [xss('partner name'), xss('partner description'), xss('contact name'), xss('contact role'), xss('protocol name'), xss('signed by')]);
  await visit(page, '/coverage', [xss('segment name')]);
  await visit(page, '/admin/users', [xss('person name')]);
  await visit(page, `/admin/users/${newPerson.id}`, []);
  await visit(page, '/admin/audit', []);
  await visit(page, '/reviews', [cycle.name]);
  await visit(page, `/reviews/${cycle.id}`, [cycle.name]);
  await visit(page, `/reviews/returns/${saved.id}`, [
    xss('review narrative'), xss('next steps'), xss('rag reason'), xss('return corrective action'), xss('amended scope'), xss('amendment reason'), xss('board comment'),
  ]);
  await visit(page, '/', []);

  // The board member's notifications and the follow-up milestone on the action.
  const boardPage = await boardContext.newPage();
  const boardErrors: string[] = [];
  boardPage.on('pageerror', (error) => boardErrors.push(error.message));
  boardPage.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) boardErrors.push(message.text());
  });
  boardPage.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await visit(boardPage, '/notifications', []);
  await visit(boardPage, `/actions/${action.id}`, [xss('follow-up title')]);
  await boardContext.close();

  expect(boardErrors, 'errors in the board member\'s browser console').toEqual([]);
  expect(dialogs).toEqual([]);
});
