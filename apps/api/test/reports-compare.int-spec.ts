import type { CorporatePlanReport, CycleComparison } from '@steerline/contracts';
import { FORMATS } from './support/report-downloads.js';
import { firstCycle, insertAction } from './support/report-scenario.js';
import { createCycle, signOffCycle } from './support/review-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const UNKNOWN = '0b7f3c1e-3c7a-4d49-9a3e-5c0b6a1f2e44';

describe('movement between review cycles and comparing two cycles', () => {
  let t: TestApp;
  let board: Agent;
  let april: string;
  let october: string;
  let april2027: string;
  const report = async (id: string) => (await board.get(`/api/reviews/cycles/${id}/report`).expect(200)).body as CorporatePlanReport;

  beforeAll(async () => {
    t = await createTestApp();
    board = await t.signIn('board@steerline.example');
    april = await firstCycle(t);
    await signOffCycle(t, april, new Date('2026-10-15T10:00:00Z'));
    // Since the April cycle: DI-001 amber -> red, DI-002 green (returned) -> amber (live), DI-003 grey -> green, DI-004 red -> amber,
    // DI-005 cancelled (so not in a draft cycle), DI-006 added.
    await t.sql(`UPDATE action SET rag = 'red' WHERE reference = 'DI-001'`);
    await t.sql(`UPDATE action SET rag = 'green', status = 'in_progress' WHERE reference = 'DI-003'`);
    await t.sql(`UPDATE action SET rag = 'amber' WHERE reference = 'DI-004'`);
    await t.sql(`UPDATE action SET status = 'cancelled', cancelled_reason = 'Merged into DI-001' WHERE reference = 'DI-005'`);
    await insertAction(t, { reference: 'DI-006', title: 'Tablet loans', priority: 3, owner: 'board', status: 'in_progress', rag: 'green' });
    october = await createCycle(t, { name: 'October 2026 to March 2027', periodStart: '2026-10-01', periodEnd: '2027-03-31' });
    april2027 = await createCycle(t, { name: 'April to September 2027', periodStart: '2027-04-01', periodEnd: '2027-09-30' });
  });
  afterAll(() => t.close());

  it('compares each action with the previous cycle\'s signed-off snapshot', async () => {
    const { previousCycle, actions } = await report(october);
    expect(previousCycle).toEqual({ id: april, name: 'April to September 2026' });
    expect(actions.map((action) => [action.reference, action.previousRag, action.rag, action.movement])).toEqual([
      ['DI-001', 'amber', 'red', 'worse'],
      ['DI-003', 'grey', 'green', 'improved'],
      ['DI-004', 'red', 'amber', 'improved'],
      ['DI-006', null, 'green', 'new'],
      ['DI-002', 'green', 'amber', 'worse'],
    ]);
  });

  it('counts movement per priority and in total', async () => {
    const { summary, total } = await report(october);
    const movement = Object.fromEntries(summary.map((row) => [row.priority!.number, row.movement]));
    expect(movement[1]).toEqual({ improved: 0, worse: 1, same: 0, new: 0 });
    expect(movement[2]).toEqual({ improved: 2, worse: 0, same: 0, new: 0 });
    expect(movement[3]).toEqual({ improved: 0, worse: 0, same: 0, new: 1 });
    expect(movement[6]).toEqual({ improved: 0, worse: 1, same: 0, new: 0 });
    expect(total.movement).toEqual({ improved: 2, worse: 2, same: 0, new: 1 });
  });

  it('uses a previous cycle\'s live data when it is not signed off yet', async () => {
    const { previousCycle, total } = await report(april2027);
    expect(previousCycle).toEqual({ id: october, name: 'October 2026 to March 2027' });
    expect(total.movement).toEqual({ improved: 0, worse: 0, same: 5, new: 0 });
  });

  it('shows what changed between two cycles: RAG counts side by side, moves, additions and removals', async () => {
    const comparison = (await board.get(`/api/reviews/compare?from=${april}&to=${october}`).expect(200)).body as CycleComparison;
    expect(comparison.from).toEqual({ id: april, name: 'April to September 2026' });
    expect(comparison.to).toEqual({ id: october, name: 'October 2026 to March 2027' });
    const total = comparison.summary.find((row) => row.priority === null)!;
    expect(total.from).toEqual({ red: 1, amber: 1, green: 1, blue: 1, grey: 1 });
    expect(total.to).toEqual({ red: 1, amber: 2, green: 2, blue: 0, grey: 0 });
    expect(comparison.summary.find((row) => row.priority?.number === 2)).toMatchObject({ from: { red: 1, grey: 1, amber: 0 }, to: { amber: 1, green: 1 } });
    const rows = Object.fromEntries(comparison.rows.map((row) => [row.reference, row]));
    expect(rows['DI-005']).toMatchObject({ movement: 'removed', from: { status: 'complete', rag: 'blue' }, to: null });
    expect(rows['DI-006']).toMatchObject({ movement: 'new', from: null, to: { status: 'in_progress', rag: 'green' } });
    expect(rows['DI-001']).toMatchObject({ movement: 'worse', from: { rag: 'amber' }, to: { rag: 'red' } });
    expect(rows['DI-003']).toMatchObject({ movement: 'improved', from: { status: 'not_started', rag: 'grey' }, to: { status: 'in_progress', rag: 'green' } });
    expect(comparison.rows).toHaveLength(6);
  });

  it('refuses malformed ids and comparing a cycle with itself', async () => {
    for (const query of [`from=${april}&to=${april}`, `from=nope&to=${october}`, `from=${april}`, '']) {
      const response = await board.get(`/api/reviews/compare?${query}`).expect(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    for (const suffix of ['', ...FORMATS.map((format) => `.${format}`)]) {
      await board.get(`/api/reviews/cycles/not-a-uuid/report${suffix}`).expect(400);
    }
  });

  it('answers 404 for an unknown cycle, in every format and in a comparison', async () => {
    for (const suffix of ['', ...FORMATS.map((format) => `.${format}`)]) {
      const response = await board.get(`/api/reviews/cycles/${UNKNOWN}/report${suffix}`).expect(404);
      expect(response.body.error.code).toBe('not_found');
    }
    await board.get(`/api/reviews/compare?from=${april}&to=${UNKNOWN}`).expect(404);
    await board.get(`/api/reviews/compare?from=${UNKNOWN}&to=${october}`).expect(404);
  });

  it('lets every signed-in role read reports and comparisons, and nobody signed out', async () => {
    for (const role of ['admin', 'leader', 'board', 'working', 'partner']) {
      const agent = await t.signIn(`${role}@steerline.example`);
      await agent.get(`/api/reviews/cycles/${april}/report`).expect(200);
      await agent.get(`/api/reviews/cycles/${october}/report.csv`).expect(200);
      await agent.get(`/api/reviews/compare?from=${april}&to=${october}`).expect(200);
    }
    for (const suffix of ['', ...FORMATS.map((format) => `.${format}`)]) {
      const response = await t.http.get(`/api/reviews/cycles/${april}/report${suffix}`).expect(401);
      expect(response.body.error.code).toBe('unauthenticated');
    }
    await t.http.get(`/api/reviews/compare?from=${april}&to=${october}`).expect(401);
  });
});
