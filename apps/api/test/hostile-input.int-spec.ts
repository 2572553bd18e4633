import fc from 'fast-check';
import type request from 'supertest';
import { ADMIN, BOARD, demoIds, LEADER, PARTNER } from './support/demo.js';
import { hostileBody, hostileQuery, hostileString, encodeQueryPart } from './support/hostile-values.js';
import { auditFingerprint, findBrokenInvariants } from './support/invariants.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = ReturnType<typeof request.agent> | ReturnType<typeof request>;
type Who = 'admin' | 'board' | 'anonymous';

/** One endpoint under attack: a valid body to mutate (`"@version"` becomes the record's current version) or query keys. */
interface Target {
  name: string;
  method: 'post' | 'put' | 'patch' | 'get';
  as: Who;
  path: () => string;
  valid?: () => Record<string, unknown>;
  version?: () => Promise<number>;
  /** The free-text fields of `valid`, also sent as nasty but acceptable text. */
  text?: readonly string[];
  queryKeys?: readonly string[];
  runs?: number;
}

const RUNS = 16;
const MIN_REQUESTS = 500;
const ACTION_QUERY = ['priority', 'status', 'rag', 'owner', 'body', 'partner', 'segment', 'overdue', 'stale', 'q', 'sort', 'direction', 'page', 'pageSize'];

describe('hostile input: generated bodies and query strings never break the API or its data', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  const agents = {} as Record<Who, Agent>;
  const fixtures: Record<string, string> = {};
  const sent = { requests: 0, serverErrors: 0, byStatus: {} as Record<number, number> };
  let startedAt: string;
  let auditBefore: Awaited<ReturnType<typeof auditFingerprint>>;

  const version = (table: string, key: string) => async () => {
    const [row] = await t.sql<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [fixtures[key]]);
    return row.version;
  };

  /** Every answer is 2xx-4xx; a 4xx carries the uniform error body. */
  function expectWellFormed(target: string, response: { status: number; body: unknown; text: string }) {
    sent.requests += 1;
    sent.byStatus[response.status] = (sent.byStatus[response.status] ?? 0) + 1;
    if (response.status >= 500) sent.serverErrors += 1;
    const summary = `${target}: ${response.status} ${response.text.slice(0, 300)}`;
    expect({ summary, ok: response.status >= 200 && response.status < 500 }).toEqual({ summary, ok: true });
    if (response.status >= 400) {
      const error = (response.body as { error?: { code?: unknown; message?: unknown } })?.error;
      expect({ summary, code: typeof error?.code, message: typeof error?.message }).toEqual({ summary, code: 'string', message: 'string' });
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_MAX_FAILURES: '1000', LOG_LEVEL: 'error' });
    ids = await demoIds(t);
    startedAt = (await t.sql<{ now: string }>(`SELECT now()::text AS now`))[0].now;
    agents.admin = await t.signIn(ADMIN);
    agents.board = await t.signIn(BOARD);
    agents.anonymous = t.http;
    const admin = agents.admin;
    const action = await admin
      .post('/api/actions')
      .send({ title: 'Target of hostile input', priorityId: ids.priority1, ownerId: ids[LEADER], owningBodyId: ids.channel_shift_board, measures: [{ name: 'People helped', target: 100 }] })
      .expect(201);
    fixtures.action = action.body.id;
    fixtures.measure = action.body.measures[0].id;
    fixtures.cancellable = (await admin.post('/api/actions').send({ title: 'To cancel', priorityId: ids.priority2, ownerId: ids[LEADER], owningBodyId: ids.channel_shift_board }).expect(201)).body.id;
    const raise = async () =>
      (await admin.post(`/api/actions/${fixtures.action}/escalations`).send({ problem: 'p', impact: 'i', decisionSought: 'd', urgency: 'routine', neededBy: '2027-01-31' }).expect(201)).body;
    const open = await raise();
    fixtures.open = open.id;
    fixtures.agendaEscalation = (await raise()).id;
    const review = await raise();
    await agents.board.post(`/api/escalations/${review.id}/take`).send({ version: review.version }).expect(200);
    fixtures.review = review.id;
    const agreed = await raise();
    const taken = await agents.board.post(`/api/escalations/${agreed.id}/take`).send({ version: agreed.version }).expect(200);
    await agents.board.post(`/api/escalations/${agreed.id}/decision`).send({ version: taken.body.version, outcome: 'agreed', decisionText: 'Yes' }).expect(200);
    fixtures.agreed = agreed.id;
    fixtures.meeting = (await agents.board.post('/api/board-meetings').send({ meetingDate: '2026-12-10', title: 'December' }).expect(201)).body.id;
    fixtures.partner = ids['The Forum'];
    fixtures.contact = (await admin.post(`/api/partners/${fixtures.partner}/contacts`).send({ name: 'Sam Smith' }).expect(201)).body.id;
    fixtures.segment = ids['Elderly people reliant on state support'];
    fixtures.user = (await admin.post('/api/admin/users').send({ email: 'target@example.org', name: 'Target Person' }).expect(201)).body.id;
    const cycle = (await admin.post('/api/reviews/cycles').send({ name: 'Hostile review', periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' }).expect(201)).body;
    await agents.board.post(`/api/reviews/cycles/${cycle.id}/open`).send({ version: cycle.version }).expect(200);
    fixtures.cycle = cycle.id;
    fixtures.draftCycle = (await admin.post('/api/reviews/cycles').send({ name: 'Hostile draft', periodStart: '2026-10-01', periodEnd: '2027-03-31', returnsDue: '2027-04-30' }).expect(201)).body.id;
    const [ownReturn] = await t.sql<{ id: string }>(`SELECT id FROM review_return WHERE cycle_id = $1 AND action_id = $2`, [cycle.id, ids['DI-003']]);
    fixtures.return = ownReturn.id;
    auditBefore = await auditFingerprint(t);
  }, 60_000);
  afterAll(() => t.close());

  const milestone = { title: 'First drop-in', dueDate: '2026-12-01' };
  const measure = { name: 'People helped', unit: 'people', target: 100, baseline: 0 };
  const targets: Target[] = [
    {
      name: 'create an action', text: ['title', 'description'],
      method: 'post',
      as: 'admin',
      path: () => '/api/actions',
      valid: () => ({
        title: 'Get online Tuesdays', description: 'Monthly drop-in', priorityId: ids.priority1, ownerId: ids[PARTNER], owningBodyId: ids.external_steering_group,
        partnerIds: [ids['The Forum']], segmentIds: [fixtures.segment], startDate: '2026-04-01', dueDate: '2027-03-31', milestones: [milestone], measures: [measure],
      }),
    },
    {
      name: 'edit an action', text: ['title', 'description'],
      method: 'patch',
      as: 'admin',
      path: () => `/api/actions/${fixtures.action}`,
      version: version('action', 'action'),
      valid: () => ({
        version: '@version', title: 'Edited title', description: 'Edited', status: 'in_progress', ownerId: ids[LEADER], startDate: '2026-04-01', dueDate: '2027-03-31',
        partnerIds: [ids['Citizens Online']], milestones: [milestone], measures: [{ id: fixtures.measure, ...measure }],
      }),
    },
    {
      name: 'post a progress update', text: ['commentary', 'problem', 'correctiveAction'],
      method: 'post',
      as: 'admin',
      path: () => `/api/actions/${fixtures.action}/updates`,
      valid: () => ({
        commentary: 'Two drop-ins held', rag: 'amber', percentComplete: 40, problem: 'Venue', correctiveAction: 'New venue', revisedDate: '2027-01-31',
        measureValues: [{ measureId: fixtures.measure, value: 38 }],
      }),
    },
    { name: 'cancel an action', text: ['reason'], method: 'post', as: 'admin', path: () => `/api/actions/${fixtures.cancellable}/cancel`, version: version('action', 'cancellable'), valid: () => ({ version: '@version', reason: 'Replaced' }) },
    {
      name: 'raise an escalation', text: ['problem', 'impact', 'decisionSought'],
      method: 'post',
      as: 'admin',
      path: () => `/api/actions/${fixtures.action}/escalations`,
      valid: () => ({ problem: 'The Forum closes', impact: 'Drop-ins stop', decisionSought: 'Fund a venue', urgency: 'urgent', neededBy: '2027-01-31' }),
    },
    { name: 'take an escalation', method: 'post', as: 'board', path: () => `/api/escalations/${fixtures.open}/take`, version: version('escalation', 'open'), valid: () => ({ version: '@version' }) },
    {
      name: 'decide an escalation', text: ['decisionText', 'conditions'],
      method: 'post',
      as: 'board',
      path: () => `/api/escalations/${fixtures.review}/decision`,
      version: version('escalation', 'review'),
      valid: () => ({
        version: '@version', outcome: 'agreed', decisionText: 'Agreed: fund it', conditions: 'Report back', meetingId: fixtures.meeting,
        followUp: { ownerId: ids[LEADER], dueDate: '2027-03-31', title: 'Report attendance' },
      }),
    },
    { name: 'resolve an escalation', text: ['outcome'], method: 'post', as: 'board', path: () => `/api/escalations/${fixtures.agreed}/resolve`, version: version('escalation', 'agreed'), valid: () => ({ version: '@version', outcome: 'Moved' }) },
    { name: 'create a board meeting', text: ['title'], method: 'post', as: 'board', path: () => '/api/board-meetings', valid: () => ({ meetingDate: '2027-01-14', title: 'January board' }) },
    {
      name: 'put an escalation on an agenda',
      method: 'post',
      as: 'board',
      path: () => `/api/board-meetings/${fixtures.meeting}/agenda`,
      version: version('escalation', 'agendaEscalation'),
      valid: () => ({ escalationId: fixtures.agendaEscalation, version: '@version' }),
    },
    { name: 'create a partner', text: ['name', 'description'], method: 'post', as: 'admin', path: () => '/api/partners', valid: () => ({ name: 'Age UK Norwich', description: 'Charity' }) },
    { name: 'edit a partner', text: ['name', 'description'], method: 'patch', as: 'admin', path: () => `/api/partners/${fixtures.partner}`, version: version('partner', 'partner'), valid: () => ({ version: '@version', name: 'The Forum', description: 'Venue' }) },
    {
      name: 'sign a protocol', text: ['protocolName', 'protocolVersion', 'signedBy'],
      method: 'post',
      as: 'admin',
      path: () => `/api/partners/${fixtures.partner}/protocols`,
      valid: () => ({ protocolName: 'Inline for online', protocolVersion: '1.0', signedOn: '2026-04-01', signedBy: 'Jo Bloggs' }),
    },
    {
      name: 'add a partner contact', text: ['name', 'role'],
      method: 'post',
      as: 'admin',
      path: () => `/api/partners/${fixtures.partner}/contacts`,
      valid: () => ({ name: 'Sam Smith', role: 'Lead', email: 'sam@example.org', phone: '01603 212121' }),
    },
    {
      name: 'edit a partner contact', text: ['name', 'role'],
      method: 'patch',
      as: 'admin',
      path: () => `/api/partners/${fixtures.partner}/contacts/${fixtures.contact}`,
      version: version('partner_contact', 'contact'),
      valid: () => ({ version: '@version', name: 'Sam Smith', role: 'Lead', email: 'sam@example.org', phone: '+44 1603 212121' }),
    },
    { name: 'create a segment', text: ['name'], method: 'post', as: 'admin', path: () => '/api/segments', valid: () => ({ name: 'Care leavers', householdShare: 1.25, veryLowPropensity: true }) },
    {
      name: 'edit a segment', text: ['name'],
      method: 'patch',
      as: 'admin',
      path: () => `/api/segments/${fixtures.segment}`,
      version: version('population_segment', 'segment'),
      valid: () => ({ version: '@version', name: 'Elderly people reliant on state support', householdShare: 13, veryLowPropensity: true }),
    },
    {
      name: 'create a person', text: ['name'],
      method: 'post',
      as: 'admin',
      path: () => '/api/admin/users',
      runs: 10,
      valid: () => ({ email: 'new.person@example.org', name: 'New Person', bodyIds: [ids.internal_working_group], partnerId: null, isAdmin: false }),
    },
    {
      name: 'edit a person', text: ['name'],
      method: 'patch',
      as: 'admin',
      path: () => `/api/admin/users/${fixtures.user}`,
      version: version('app_user', 'user'),
      valid: () => ({ version: '@version', name: 'Target Person', bodyIds: [ids.internal_working_group], partnerId: ids['Citizens Online'], isAdmin: false }),
    },
    { name: 'sign in', text: ['password'], method: 'post', as: 'anonymous', path: () => '/api/auth/sign-in', runs: 12, valid: () => ({ email: 'nobody@example.org', password: 'wrong password' }) },
    {
      name: 'create a review cycle', text: ['name'],
      method: 'post',
      as: 'admin',
      path: () => '/api/reviews/cycles',
      valid: () => ({ name: 'Review April to September 2027', periodStart: '2027-04-01', periodEnd: '2027-09-30', returnsDue: '2027-10-31', reminderDaysBefore: 7 }),
    },
    {
      name: 'edit a review cycle', text: ['name'],
      method: 'patch',
      as: 'admin',
      path: () => `/api/reviews/cycles/${fixtures.draftCycle}`,
      version: version('review_cycle', 'draftCycle'),
      valid: () => ({ version: '@version', name: 'Hostile draft', periodStart: '2026-10-01', periodEnd: '2027-03-31', returnsDue: '2027-04-30', reminderDaysBefore: 3 }),
    },
    {
      name: 'save a review return', text: ['ragReason', 'correctiveAction', 'narrative', 'nextSteps'],
      method: 'put',
      as: 'board',
      path: () => `/api/reviews/returns/${fixtures.return}`,
      version: version('review_return', 'return'),
      valid: () => ({
        version: '@version', actionStatus: 'in_progress', rag: 'amber', ragReason: 'Venue closing', correctiveAction: 'New venue', revisedDate: '2027-01-31',
        narrative: 'Two drop-ins held', nextSteps: 'Move venue', measureValues: [], amendments: [{ kind: 'due_date', newDueDate: '2027-06-30', reason: 'Venue change' }],
      }),
    },
    { name: 'list the returns of a review cycle', method: 'get', as: 'admin', path: () => `/api/reviews/cycles/${fixtures.cycle}/returns`, queryKeys: ['status', 'priority', 'body', 'owner', 'q', 'page', 'pageSize'], runs: 20 },
    { name: 'compare review cycles', method: 'get', as: 'admin', path: () => '/api/reviews/compare', queryKeys: ['from', 'to'], runs: 12 },
    { name: 'list actions', method: 'get', as: 'admin', path: () => '/api/actions', queryKeys: ACTION_QUERY, runs: 30 },
    { name: 'export actions as CSV', method: 'get', as: 'admin', path: () => '/api/actions/export.csv', queryKeys: ACTION_QUERY },
    { name: 'export actions as Excel', method: 'get', as: 'admin', path: () => '/api/actions/export.xlsx', queryKeys: ACTION_QUERY, runs: 10 },
    { name: 'search the audit trail', method: 'get', as: 'admin', path: () => '/api/audit', queryKeys: ['entityType', 'entityId', 'actor', 'operation', 'from', 'to', 'page', 'pageSize'], runs: 30 },
    { name: 'filter the decision log', method: 'get', as: 'admin', path: () => '/api/decisions', queryKeys: ['outcome', 'priority', 'body', 'action', 'meeting', 'from', 'to'], runs: 20 },
    { name: 'export the decision log', method: 'get', as: 'admin', path: () => '/api/decisions.csv', queryKeys: ['outcome', 'priority', 'body', 'action', 'meeting', 'from', 'to'] },
    { name: 'filter the escalation queue', method: 'get', as: 'admin', path: () => '/api/escalations/queue', queryKeys: ['priority', 'body', 'urgency', 'page', 'pageSize'], runs: 20 },
  ];

  for (const target of targets) {
    it(`${target.method.toUpperCase()} ${target.name}`, async () => {
      const agent = () => agents[target.as];
      const input = target.valid ? hostileBody(target.valid(), target.text) : hostileQuery(target.queryKeys ?? []);
      await fc.assert(
        fc.asyncProperty(input, async (generated) => {
          if (target.queryKeys) {
            expectWellFormed(target.name, await agent().get(`${target.path()}?${generated}`));
            return;
          }
          const body = target.version ? generated.replaceAll('"@version"', String(await target.version())) : generated;
          const response = await agent()[target.method](target.path()).set('Content-Type', 'application/json').send(body);
          expectWellFormed(target.name, response);
        }),
        { numRuns: target.runs ?? RUNS, endOnFailure: true },
      );
    }, 60_000);
  }

  it('refuses hostile ids in paths with 400 or 404, never 5xx', async () => {
    const routes = ['/api/actions/:x', '/api/actions/:x/updates', '/api/actions/:x/history', '/api/escalations/:x', '/api/partners/:x', '/api/board-meetings/:x', '/api/partners/:x/contacts'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), hostileString.filter((s) => s.length < 2_000), async (route, id) => {
        const response = await agents.admin.get(route.replace(':x', encodeQueryPart(id) || '%20'));
        expectWellFormed(`GET ${route} with ${JSON.stringify(id.slice(0, 40))}`, response);
        expect(response.status).toBeGreaterThanOrEqual(200);
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });

  it('survives hostile spreadsheet uploads to the import and its dry run', async () => {
    const template = await agents.admin.get('/api/import/template.csv').expect(200);
    const header = template.text.split(/\r?\n/)[0];
    const columns = header.split(',').length;
    const cell = hostileString.map((text) => `"${text.replaceAll('"', '""')}"`);
    const file = fc.oneof(
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 5 }).map((rows) => [header, ...rows.map((row) => row.join(','))].join('\r\n')),
      fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      hostileString,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/import/dry-run', '/api/import'), file, fc.constantFrom('plan.csv', 'plan.xlsx', 'plan.txt', '..\\..\\evil.csv', 'ümlaut ✓.csv'), async (path, content, filename) => {
        const response = await agents.admin.post(path).attach('file', Buffer.from(content, 'utf8'), filename);
        expectWellFormed(`POST ${path} ${filename}`, response);
      }),
      { numRuns: 30, endOnFailure: true },
    );
  }, 120_000); // each upload is read in a worker thread of its own: about 0.3 s alone, seconds on a busy machine

  it('survives hostile files sent as evidence: each kept file downloads as the same bytes, as an attachment', async () => {
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n');
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 4_000 }).map((bytes) => Buffer.from(bytes)),
      hostileString.map((text) => Buffer.from(text, 'utf8')),
      hostileString.map((text) => Buffer.concat([pdf, Buffer.from(text, 'utf8')])),
    );
    const names = fc.oneof(fc.constantFrom('leaflet.pdf', 'notes.txt', 'plan.csv', '..\\..\\evil.pdf', 'ümlaut ✓.txt', '.htaccess'), hostileString.filter((name) => name.length > 0 && name.length < 300));
    await fc.assert(
      fc.asyncProperty(content, names, async (bytes, filename) => {
        const response = await agents.admin.post(`/api/actions/${fixtures.action}/attachments`).attach('file', bytes, filename);
        expectWellFormed(`POST evidence ${JSON.stringify(filename.slice(0, 40))}`, response);
        if (response.status !== 201) return;
        const got = await agents.admin.get(response.body.downloadPath).buffer(true).parse((stream, done) => {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => done(null, Buffer.concat(chunks)));
        });
        expect(got.status).toBe(200);
        expect((got.body as Buffer).equals(bytes)).toBe(true);
        expect(got.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
        expect(got.headers['x-content-type-options']).toBe('nosniff');
      }),
      { numRuns: 40, endOnFailure: true },
    );
  }, 120_000);

  it(`sent at least ${MIN_REQUESTS} generated requests, none answered 5xx`, () => {
    console.info(`hostile input: ${sent.requests} generated requests, ${sent.serverErrors} answered 5xx; by status ${JSON.stringify(sent.byStatus)}`);
    expect(sent.requests).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(sent.serverErrors).toBe(0);
  });

  it('leaves no prototype polluted in the server process', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('keeps every database invariant afterwards (one check per table)', async () => {
    expect(await findBrokenInvariants(t, startedAt)).toEqual({});
    expect(await auditFingerprint(t, auditBefore.lastId)).toEqual(auditBefore);
    const [{ rows }] = await t.sql<{ rows: number }>(`SELECT count(*)::int AS rows FROM audit_event`);
    expect(rows).toBeGreaterThan(auditBefore.rows);
  });
});
