import { randomUUID } from 'node:crypto';
import { ADMIN, BOARD, demoIds, PARTNER, WORKING } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
type ErrorResponse = { status: number; body: { error: { code: string; details?: unknown } } };
const period = { periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' };
const fields = (response: ErrorResponse) => (response.body.error.details as { field: string }[]).map((detail) => detail.field).sort();

describe('review cycles and returns: validation, unknown ids and stale versions', () => {
  let t: TestApp;
  const id: Record<string, string> = {};
  const agents: Record<string, Agent> = {};
  let cycle: { id: string; version: number };
  let measureId: string;
  let otherMeasureId: string;
  const returnOf: Record<string, string> = {};

  const current = async (returnId: string) => (await agents[BOARD].get(`/api/reviews/returns/${returnId}`).expect(200)).body;
  const invalid = (response: ErrorResponse, expected: string[]) => {
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(fields(response)).toEqual(expected);
  };
  const stale = (response: ErrorResponse, version: number) => {
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('stale_version');
    expect((response.body.error.details as { current: { version: number } }).current.version).toBe(version);
  };

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(id, await demoIds(t));
    for (const email of [ADMIN, BOARD, WORKING, PARTNER]) agents[email] = await t.signIn(email);
    [{ id: measureId }] = await t.sql<{ id: string }>(`INSERT INTO measure (action_id, name, target) VALUES ($1, 'Attendance', 300) RETURNING id`, [id['DI-001']]);
    [{ id: otherMeasureId }] = await t.sql<{ id: string }>(`INSERT INTO measure (action_id, name, target) VALUES ($1, 'Cards', 100) RETURNING id`, [id['DI-002']]);
    const draft = (await agents[BOARD].post('/api/reviews/cycles').send({ name: 'April to September 2026', ...period }).expect(201)).body;
    cycle = (await agents[BOARD].post(`/api/reviews/cycles/${draft.id}/open`).send({ version: 1 }).expect(200)).body;
    const rows = await t.sql<{ reference: string; id: string }>(
      `SELECT a.reference, r.id FROM review_return r JOIN action a ON a.id = r.action_id WHERE r.cycle_id = $1`, [cycle.id]);
    for (const row of rows) returnOf[row.reference] = row.id;
  });
  afterAll(() => t.close());

  describe('cycles', () => {
    it('names each missing or malformed field', async () => {
      invalid(await agents[BOARD].post('/api/reviews/cycles').send({ name: ' ', periodStart: '2026-02-30', reminderDaysBefore: 61, extra: 1 }),
        ['extra', 'name', 'periodEnd', 'periodStart', 'reminderDaysBefore', 'returnsDue']);
    });

    it('refuses a period that ends before it starts, and returns due on or before the start', async () => {
      invalid(await agents[BOARD].post('/api/reviews/cycles').send({ name: 'Backwards', periodStart: '2026-04-01', periodEnd: '2026-03-31', returnsDue: '2026-04-01' }),
        ['periodEnd', 'returnsDue']);
      expect(await t.sql(`SELECT 1 FROM review_cycle WHERE name = 'Backwards'`)).toEqual([]);
    });

    it('refuses a name another cycle already has', async () => {
      const response = await agents[BOARD].post('/api/reviews/cycles').send({ name: 'April to September 2026', ...period }).expect(409);
      expect(response.body.error).toMatchObject({ code: 'conflict', details: [{ field: 'name', messages: ['A review cycle with this name already exists'] }] });
      const other = (await agents[BOARD].post('/api/reviews/cycles').send({ name: 'Other name', ...period }).expect(201)).body;
      await agents[BOARD].patch(`/api/reviews/cycles/${other.id}`).send({ version: 1, name: 'April to September 2026' }).expect(409);
    });

    it('checks an edit against the dates already saved', async () => {
      invalid(await agents[BOARD].patch(`/api/reviews/cycles/${cycle.id}`).send({ version: cycle.version, periodEnd: '2026-03-01' }), ['periodEnd']);
      invalid(await agents[BOARD].patch(`/api/reviews/cycles/${cycle.id}`).send({ version: 'one' }), ['version']);
      const edited = (await agents[BOARD].patch(`/api/reviews/cycles/${cycle.id}`).send({ version: cycle.version, returnsDue: '2026-11-06' }).expect(200)).body;
      expect(edited).toMatchObject({ returnsDue: '2026-11-06', periodEnd: '2026-09-30', version: cycle.version + 1, status: 'open' });
      cycle = edited;
    });

    it('answers 409 stale_version with the current cycle for every change based on an old version', async () => {
      stale(await agents[BOARD].patch(`/api/reviews/cycles/${cycle.id}`).send({ version: cycle.version - 1, name: 'Old' }), cycle.version);
      stale(await agents[BOARD].post(`/api/reviews/cycles/${cycle.id}/board-review`).send({ version: cycle.version - 1 }), cycle.version);
      expect((await agents[BOARD].get(`/api/reviews/cycles/${cycle.id}`).expect(200)).body).toMatchObject({ name: 'April to September 2026', status: 'open' });
    });

    it('refuses moves out of order and a second cycle in progress', async () => {
      const response = await agents[BOARD].post(`/api/reviews/cycles/${cycle.id}/open`).send({ version: cycle.version }).expect(409);
      expect(response.body.error).toMatchObject({ code: 'conflict', message: 'Only a draft cycle can be opened for returns; this one is open for returns.' });
      const next = (await agents[BOARD].post('/api/reviews/cycles').send({ name: 'October 2026 to March 2027', ...period }).expect(201)).body;
      const busy = await agents[BOARD].post(`/api/reviews/cycles/${next.id}/open`).send({ version: 1 }).expect(409);
      expect(busy.body.error.message).toBe('April to September 2026 is still in progress: sign it off before opening another review cycle.');
      expect(await t.sql(`SELECT 1 FROM review_return WHERE cycle_id = $1`, [next.id])).toEqual([]);
      await agents[BOARD].post(`/api/reviews/cycles/${next.id}/board-review`).send({ version: 1 }).expect(409);
    });

    it('answers 404 for unknown and malformed cycle ids, never 500', async () => {
      for (const cycleId of [randomUUID(), 'not-a-uuid', '1']) {
        await agents[BOARD].get(`/api/reviews/cycles/${cycleId}`).expect(404);
        await agents[BOARD].get(`/api/reviews/cycles/${cycleId}/returns`).expect(404);
        await agents[BOARD].patch(`/api/reviews/cycles/${cycleId}`).send({ version: 1 }).expect(404);
        for (const move of ['open', 'board-review']) await agents[BOARD].post(`/api/reviews/cycles/${cycleId}/${move}`).send({ version: 1 }).expect(404);
      }
      const leader = await t.signIn('leader@steerline.example');
      await leader.post(`/api/reviews/cycles/${randomUUID()}/sign-off`).send({ version: 1 }).expect(404);
    });
  });

  describe('returns', () => {
    it('names each malformed field of a draft', async () => {
      invalid(await agents[PARTNER].put(`/api/reviews/returns/${returnOf['DI-001']}`).send({
        actionStatus: 'paused', rag: 'purple', narrative: 5, revisedDate: '2026-13-01', extra: true,
        measureValues: [{ measureId: 'x', value: 'many' }], amendments: [{ kind: 'budget', reason: '' }],
      }), [
        'actionStatus', 'amendments.0.kind', 'amendments.0.reason', 'extra', 'measureValues.0.measureId', 'measureValues.0.value', 'narrative', 'rag',
        'revisedDate', 'version',
      ]);
    });

    it("refuses measures of another action, a measure given twice, an amendment without its kind's field, and a due date before the start", async () => {
      const response = await agents[PARTNER].put(`/api/reviews/returns/${returnOf['DI-001']}`).send({
        version: 1,
        measureValues: [{ measureId: otherMeasureId, value: 1 }, { measureId, value: 2 }, { measureId, value: 3 }],
        amendments: [
          { kind: 'measure_target', measureId: otherMeasureId, newTarget: 5, reason: 'Guidance' },
          { kind: 'due_date', newDueDate: '2026-01-01', reason: 'Guidance' },
          { kind: 'scope', newScope: '  ', reason: 'Guidance' },
          { kind: 'measure_target', measureId, reason: 'Guidance' },
        ],
      });
      invalid(response, [
        'amendments.0.measureId', 'amendments.1.newDueDate', 'amendments.2.newScope', 'amendments.3.newTarget', 'measureValues.0.measureId', 'measureValues.2.measureId',
      ]);
      expect(await current(returnOf['DI-001'])).toMatchObject({ status: 'not_started', version: 1, amendments: [], measures: [{ value: null }] });
    });

    it('replaces the amendments as a set and clears a measure value given as null', async () => {
      const first = (await agents[PARTNER].put(`/api/reviews/returns/${returnOf['DI-001']}`).send({
        version: 1, measureValues: [{ measureId, value: 12.5 }],
        amendments: [{ kind: 'scope', newScope: 'Wider', reason: 'Guidance' }, { kind: 'measure_target', measureId, newTarget: 400, reason: 'More venues' }],
      }).expect(200)).body;
      expect(first).toMatchObject({ status: 'draft', measures: [{ value: 12.5 }], amendments: [{ kind: 'scope' }, { kind: 'measure_target', newTarget: 400 }] });
      const second = (await agents[PARTNER].put(`/api/reviews/returns/${returnOf['DI-001']}`).send({
        version: first.version, measureValues: [{ measureId, value: null }], amendments: [{ kind: 'due_date', newDueDate: '2027-06-30', reason: 'Later' }],
      }).expect(200)).body;
      expect(second).toMatchObject({ measures: [{ value: null }], amendments: [{ kind: 'due_date', newDueDate: '2027-06-30' }] });
      expect(second.amendments).toHaveLength(1);
    });

    it('refuses to submit an incomplete return, naming what is missing', async () => {
      const ret = await current(returnOf['DI-001']);
      invalid(await agents[PARTNER].post(`/api/reviews/returns/${returnOf['DI-001']}/submit`).send({ version: ret.version }), ['actionStatus', 'narrative', 'rag']);
      const amber = (await agents[PARTNER].put(`/api/reviews/returns/${returnOf['DI-001']}`)
        .send({ version: ret.version, actionStatus: 'in_progress', rag: 'amber', narrative: 'Slipping' }).expect(200)).body;
      invalid(await agents[PARTNER].post(`/api/reviews/returns/${returnOf['DI-001']}/submit`).send({ version: amber.version }), ['correctiveAction', 'ragReason']);
      expect((await current(returnOf['DI-001'])).status).toBe('draft');
    });

    it('answers 409 stale_version with the current return for every change based on an old version', async () => {
      const ret = await current(returnOf['DI-001']);
      stale(await agents[PARTNER].put(`/api/reviews/returns/${returnOf['DI-001']}`).send({ version: ret.version - 1, narrative: 'Old' }), ret.version);
      stale(await agents[PARTNER].post(`/api/reviews/returns/${returnOf['DI-001']}/submit`).send({ version: ret.version - 1 }), ret.version);
      const ready = (await agents[PARTNER].put(`/api/reviews/returns/${returnOf['DI-001']}`)
        .send({ version: ret.version, ragReason: 'Venue lost', correctiveAction: 'New venue' }).expect(200)).body;
      const submitted = (await agents[PARTNER].post(`/api/reviews/returns/${returnOf['DI-001']}/submit`).send({ version: ready.version }).expect(200)).body;
      stale(await agents[BOARD].post(`/api/reviews/returns/${returnOf['DI-001']}/send-back`).send({ version: ready.version, comment: 'Old' }), submitted.version);
      stale(await agents[BOARD].post(`/api/reviews/returns/${returnOf['DI-001']}/accept`).send({ version: ready.version }), submitted.version);
      expect((await current(returnOf['DI-001'])).status).toBe('submitted');
    });

    it('refuses changes out of turn: the owner editing a submitted return, the board deciding on one not submitted', async () => {
      const submitted = await current(returnOf['DI-001']);
      const editing = await agents[PARTNER].put(`/api/reviews/returns/${returnOf['DI-001']}`).send({ version: submitted.version, narrative: 'More' }).expect(409);
      expect(editing.body.error).toMatchObject({ code: 'conflict', message: 'This return is submitted and waiting for the board.' });
      await agents[PARTNER].post(`/api/reviews/returns/${returnOf['DI-001']}/submit`).send({ version: submitted.version }).expect(409);
      const notSubmitted = await current(returnOf['DI-002']);
      await agents[BOARD].post(`/api/reviews/returns/${returnOf['DI-002']}/accept`).send({ version: notSubmitted.version }).expect(409);
      await agents[BOARD].post(`/api/reviews/returns/${returnOf['DI-002']}/send-back`).send({ version: notSubmitted.version, comment: 'x' }).expect(409);
      invalid(await agents[BOARD].post(`/api/reviews/returns/${returnOf['DI-001']}/send-back`).send({ version: submitted.version, comment: ' ' }), ['comment']);
    });

    it('answers 404 for unknown and malformed return ids, never 500', async () => {
      for (const returnId of [randomUUID(), 'not-a-uuid', 'mine2']) {
        await agents[PARTNER].get(`/api/reviews/returns/${returnId}`).expect(404);
        await agents[PARTNER].put(`/api/reviews/returns/${returnId}`).send({ version: 1 }).expect(404);
        await agents[PARTNER].post(`/api/reviews/returns/${returnId}/submit`).send({ version: 1 }).expect(404);
        await agents[BOARD].post(`/api/reviews/returns/${returnId}/send-back`).send({ version: 1, comment: 'x' }).expect(404);
        await agents[BOARD].post(`/api/reviews/returns/${returnId}/accept`).send({ version: 1 }).expect(404);
      }
    });
  });

  describe('the tracker', () => {
    const references = (body: { items: { action: { reference: string } }[] }) => body.items.map((row) => row.action.reference);

    it('filters by status (repeated or comma separated), priority, body, owner and text, and pages', async () => {
      const tracker = (query: string) => agents[WORKING].get(`/api/reviews/cycles/${cycle.id}/returns${query}`).expect(200).then((r) => r.body);
      expect(references(await tracker('?status=submitted'))).toEqual(['DI-001']);
      expect(references(await tracker('?status=submitted,not_started'))).toEqual(['DI-001', 'DI-002', 'DI-003']);
      expect(references(await tracker('?status=submitted&status=accepted'))).toEqual(['DI-001']);
      expect(references(await tracker('?priority=6'))).toEqual(['DI-002']);
      expect(references(await tracker(`?priority=${id.priority2}`))).toEqual(['DI-003']);
      expect(references(await tracker(`?body=${id.channel_shift_board}`))).toEqual(['DI-003']);
      expect(references(await tracker('?owner=me'))).toEqual(['DI-002']);
      expect(references(await tracker(`?owner=${id[PARTNER]}`))).toEqual(['DI-001']);
      expect(references(await tracker('?q=inline'))).toEqual(['DI-002']);
      expect(references(await tracker('?q=Pat%20Partner'))).toEqual(['DI-001']);
      expect(references(await tracker('?q=100%25'))).toEqual([]);
      const paged = await tracker('?page=2&pageSize=2');
      expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(references(paged)).toEqual(['DI-003']);
    });

    it('names malformed filters', async () => {
      const response = await agents[WORKING].get(`/api/reviews/cycles/${cycle.id}/returns?status=lost&priority=x&body=1&owner=you&page=0&pageSize=500`);
      invalid(response, ['body', 'owner', 'page', 'pageSize', 'priority', 'status']);
    });
  });
});
