import type { Attachment } from '@steerline/contracts';
import { createTestApp, type TestApp } from './support/test-app.js';

type Counted = { key: string; n: number };

/** The full demo (`SEED_DEMO=true`, what `npm start` loads): its shape, as the tour in the README promises it. */
describe('the demo tour', () => {
  let t: TestApp;
  let again: TestApp;
  let loadSeconds: number;

  beforeAll(async () => {
    const started = performance.now();
    t = await createTestApp({ SEED_DEMO: 'true' });
    loadSeconds = (performance.now() - started) / 1000;
    again = await createTestApp({ SEED_DEMO: 'true' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await again?.close();
  });

  const counts = async (sql: string) => Object.fromEntries((await t.sql<Counted>(sql)).map((row) => [row.key, row.n]));

  it('loads in a few seconds, migrations included', () => {
    expect(loadSeconds).toBeLessThan(15);
  });

  it('has 20 to 30 actions over all six priorities, owned across the four bodies, with partners on them', async () => {
    const [{ actions, priorities, bodies, partnered }] = await t.sql<Record<string, number>>(`
      SELECT count(*)::int AS actions, count(DISTINCT priority_id)::int AS priorities, count(DISTINCT owning_body_id)::int AS bodies,
             (SELECT count(DISTINCT action_id)::int FROM action_partner) AS partnered
      FROM action`);
    expect(actions).toBeGreaterThanOrEqual(20);
    expect(actions).toBeLessThanOrEqual(30);
    expect(priorities).toBe(6);
    expect(bodies).toBe(4);
    expect(partnered).toBeGreaterThanOrEqual(10);
    const titles = (await t.sql<{ title: string }>(`SELECT title FROM action`)).map((row) => row.title);
    expect(titles).toEqual(expect.arrayContaining([
      'Get online Tuesdays at The Forum', 'Inline for online card', 'Digital training for the most digitally excluded groups',
      'Responsive redesign of the council website', 'Digital champions among council staff',
    ]));
  });

  it('has actions in every status and RAG rating, some overdue, with milestones some late and some due soon', async () => {
    expect(Object.keys(await counts(`SELECT status AS key, count(*)::int AS n FROM action GROUP BY status`)).sort()).toEqual(['cancelled', 'complete', 'in_progress', 'not_started']);
    expect(Object.keys(await counts(`SELECT rag AS key, count(*)::int AS n FROM action GROUP BY rag`)).sort()).toEqual(['amber', 'blue', 'green', 'grey', 'red']);
    const [dates] = await t.sql<Record<string, number>>(`
      SELECT (SELECT count(*)::int FROM action WHERE due_date < current_date AND status IN ('not_started', 'in_progress')) AS overdue,
             (SELECT count(*)::int FROM milestone WHERE done_date IS NULL AND due_date < current_date) AS late,
             (SELECT count(*)::int FROM milestone WHERE done_date IS NULL AND due_date BETWEEN current_date AND current_date + 30) AS soon,
             (SELECT count(*)::int FROM milestone WHERE done_date IS NOT NULL) AS done`);
    expect(dates.overdue).toBeGreaterThanOrEqual(2);
    expect(dates.late).toBeGreaterThanOrEqual(3);
    expect(dates.soon).toBeGreaterThanOrEqual(3);
    expect(dates.done).toBeGreaterThanOrEqual(10);
  });

  it('has twelve months and more of progress updates, amber and red ones with their reasons, and monthly measure values against targets', async () => {
    const [updates] = await t.sql<Record<string, number>>(`
      SELECT count(*)::int AS total, count(DISTINCT date_trunc('month', created_at))::int AS months,
             count(*) FILTER (WHERE rag IN ('amber', 'red'))::int AS reasoned,
             count(*) FILTER (WHERE rag IN ('amber', 'red') AND (problem IS NULL OR corrective_action IS NULL))::int AS unexplained,
             count(*) FILTER (WHERE created_at > now())::int AS future
      FROM progress_update`);
    expect(updates.total).toBeGreaterThan(200);
    expect(updates.months).toBeGreaterThanOrEqual(12);
    expect(updates.reasoned).toBeGreaterThan(30);
    expect(updates.unexplained).toBe(0);
    expect(updates.future).toBe(0);
    const [measures] = await t.sql<Record<string, number>>(`
      SELECT (SELECT count(*)::int FROM measure WHERE target IS NOT NULL) AS targeted, (SELECT count(*)::int FROM progress_update_measure) AS values`);
    expect(measures.targeted).toBeGreaterThanOrEqual(20);
    expect(measures.values).toBeGreaterThan(200);
    const names = (await t.sql<{ name: string }>(`SELECT name FROM measure`)).map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['People helped at the drop-ins', 'Sessions held', 'Digital champions trained']));
    // The RAG moves: some actions were green, then amber or red, then green again.
    const [{ recovered }] = await t.sql<{ recovered: number }>(`
      SELECT count(DISTINCT a.action_id)::int AS recovered FROM progress_update a
      JOIN progress_update b ON b.action_id = a.action_id AND b.created_at > a.created_at AND b.rag IN ('amber', 'red')
      JOIN progress_update c ON c.action_id = a.action_id AND c.created_at > b.created_at AND c.rag = 'green'
      WHERE a.rag = 'green'`);
    expect(recovered).toBeGreaterThanOrEqual(3);
  });

  it('has escalations in every state, decided at board meetings with conditions and follow-ups', async () => {
    expect(await counts(`SELECT status AS key, count(*)::int AS n FROM escalation GROUP BY status`)).toEqual({
      open: expect.any(Number), under_review: expect.any(Number), agreed: expect.any(Number), declined: expect.any(Number), resolved: expect.any(Number),
    });
    const [decisions] = await t.sql<Record<string, number>>(`
      SELECT count(*) FILTER (WHERE conditions IS NOT NULL)::int AS conditioned, count(follow_up_milestone_id)::int AS followed_up,
             count(*) FILTER (WHERE decision IS NOT NULL AND decided_in_meeting_id IS NULL)::int AS outside_meetings,
             (SELECT count(*)::int FROM board_meeting) AS meetings,
             (SELECT count(*)::int FROM board_meeting m WHERE NOT EXISTS (SELECT 1 FROM board_meeting_agenda_item i WHERE i.meeting_id = m.id)) AS empty_agendas,
             (SELECT count(*)::int FROM board_meeting WHERE meeting_date > current_date) AS upcoming
      FROM escalation`);
    expect(decisions.conditioned).toBeGreaterThanOrEqual(3);
    expect(decisions.followed_up).toBeGreaterThanOrEqual(2);
    expect(decisions.outside_meetings).toBe(0);
    expect(decisions.meetings).toBeGreaterThanOrEqual(4);
    expect(decisions.empty_agendas).toBe(0);
    expect(decisions.upcoming).toBe(1);
  });

  it('has two signed-off six-monthly reviews with frozen reports and one open cycle with returns in every state', async () => {
    const cycles = await t.sql<{ status: string; period_end: string; has_snapshot: boolean }>(`
      SELECT status, period_end::text, EXISTS (SELECT 1 FROM review_cycle_snapshot s WHERE s.cycle_id = c.id) AS has_snapshot
      FROM review_cycle c ORDER BY period_end`);
    expect(cycles.map((cycle) => [cycle.status, cycle.has_snapshot])).toEqual([['signed_off', true], ['signed_off', true], ['open', false]]);
    const [{ ended_recently }] = await t.sql<{ ended_recently: boolean }>(
      `SELECT max(period_end) BETWEEN current_date - 62 AND current_date AS ended_recently FROM review_cycle`);
    expect(ended_recently).toBe(true);
    const open = await counts(`
      SELECT r.status AS key, count(*)::int AS n FROM review_return r JOIN review_cycle c ON c.id = r.cycle_id WHERE c.status = 'open' GROUP BY r.status`);
    expect(Object.keys(open).sort()).toEqual(['accepted', 'draft', 'not_started', 'sent_back', 'submitted']);
    expect((await t.sql(`SELECT 1 FROM review_amendment`)).length).toBeGreaterThanOrEqual(2);
  });

  it('shows movement since the last review and a comparison of the two signed-off cycles', async () => {
    const leader = await t.signIn('leader@steerline.example');
    const cycles = (await leader.get('/api/reviews/cycles').expect(200)).body as { id: string; status: string }[];
    const [latest, earlier] = cycles.filter((cycle) => cycle.status === 'signed_off');
    const report = (await leader.get(`/api/reviews/cycles/${latest.id}/report`).expect(200)).body;
    expect(report.draft).toBe(false);
    expect(report.previousCycle).toMatchObject({ id: earlier.id });
    expect(report.total.movement.improved + report.total.movement.worse).toBeGreaterThan(0);
    expect(report.exceptions.length).toBeGreaterThan(0);
    expect(report.escalations.length).toBeGreaterThan(0);
    const comparison = await leader.get(`/api/reviews/compare?from=${earlier.id}&to=${latest.id}`);
    expect(comparison.status).toBe(200);
    expect(JSON.stringify(comparison.body)).toMatch(/DI-0\d\d/);
  });

  it('has notifications for each of the five demo accounts, some unread', async () => {
    const rows = await t.sql<{ email: string; total: number; unread: number }>(`
      SELECT u.email, count(n.id)::int AS total, count(n.id) FILTER (WHERE n.read_at IS NULL)::int AS unread
      FROM app_user u LEFT JOIN notification n ON n.user_id = u.id
      WHERE u.email IN ('admin@steerline.example', 'leader@steerline.example', 'board@steerline.example', 'working@steerline.example', 'partner@steerline.example')
      GROUP BY u.email`);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect({ email: row.email, some: row.total > 0 }).toEqual({ email: row.email, some: true });
    expect(rows.filter((row) => row.unread > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('has evidence: a CSV of measure values on actions\' latest updates and a note on each escalation, intact and downloadable', async () => {
    const [files] = await t.sql<Record<string, number>>(`
      SELECT count(*) FILTER (WHERE f.progress_update_id IS NOT NULL)::int AS on_updates, count(*) FILTER (WHERE f.escalation_id IS NOT NULL)::int AS on_escalations,
             (SELECT count(*)::int FROM escalation) AS escalations, count(*)::int AS total,
             count(*) FILTER (WHERE length(c.content) = f.size_bytes AND encode(sha256(c.content), 'hex') = f.sha256)::int AS intact,
             (SELECT count(*)::int FROM audit_event e WHERE e.entity_type = 'attachment') AS audited
      FROM attachment f JOIN attachment_content c ON c.attachment_id = f.id`);
    expect(files.on_updates).toBeGreaterThanOrEqual(15);
    expect(files.on_escalations).toBe(files.escalations);
    expect(files.intact).toBe(files.total);
    expect(files.audited).toBe(files.total);

    const board = await t.signIn('board@steerline.example');
    const [action] = await t.sql<{ id: string }>(`SELECT id FROM action WHERE reference = 'DI-005'`);
    const evidence = (await board.get(`/api/actions/${action.id}/attachments`).expect(200)).body as Attachment[];
    const sheet = evidence.find((file) => file.on.kind === 'progress_update')!;
    expect(sheet).toMatchObject({ fileName: expect.stringMatching(/^DI-005 measures to \d{4}-\d\d-\d\d\.csv$/), mediaType: 'text/csv; charset=utf-8' });
    const download = await board.get(sheet.downloadPath).expect(200);
    expect(download.text).toMatch(/^Date,Measure,Value,Target\r\n\d{4}-\d\d-\d\d,"Community centres with free wifi",\d+,9\r\n/);
  });

  it('audits what it wrote, so each action has a change history', async () => {
    const [{ unaudited }] = await t.sql<{ unaudited: number }>(`
      SELECT count(*)::int AS unaudited FROM action a
      WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'action' AND e.entity_id = a.id::text)`);
    expect(unaudited).toBe(0);
  });

  it('gives the same rows on every load (a second database loaded the same day)', async () => {
    const tables = (await t.sql<{ name: string }>(`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('session', 'schema_migration', 'data_version', 'app_secret') ORDER BY table_name`)).map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(['action', 'progress_update', 'escalation', 'review_return', 'review_cycle_snapshot', 'notification', 'audit_event']));
    // Password hashes are salted afresh, and rows the demo leaves to the database's clock say when they were written.
    const clocked = (table: string) => (['strategy', 'partner', 'app_user'].includes(table) ? ` - 'created_at' - 'updated_at'` : '');
    const dump = async (app: TestApp, table: string) =>
      (await app.sql<{ row: string }>(`SELECT (to_jsonb(t.*) - 'password_hash' - 'taken_at'${clocked(table)})::text AS row FROM ${table} t ORDER BY 1`)).map((row) => row.row);
    for (const table of tables) {
      const [first, second] = [await dump(t, table), await dump(again, table)];
      expect({ table, rows: second }).toEqual({ table, rows: first });
    }
  });
});
