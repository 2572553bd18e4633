import { IMPORT_COLUMNS } from '@steerline/contracts';
import { addPerson, createEmptyApp, FIRST_ADMIN, PASSWORD } from './support/empty-app.js';
import type { TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
interface AuditRow {
  operation: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}
const fields = (body: { error: { details: { field: string }[] } }) => body.error.details.map((detail) => detail.field).sort();

const STRATEGY = {
  title: 'Customer access strategy',
  referencePrefix: 'CA',
  periodStart: '2026-04-01',
  periodEnd: '2029-03-31',
  vision: 'Every resident can reach the council in the way that suits them.',
};

/** From an empty database to a strategy with priorities, bodies and segments, as the first administrator does it. */
describe('setting up the strategy from an empty database', () => {
  let t: TestApp;
  let admin: Agent;
  let member: Agent;
  const ids: Record<string, string> = {};
  const audit = (type: string, id: string) =>
    t.sql<AuditRow>(`SELECT operation, changes FROM audit_event WHERE entity_type = $1 AND entity_id = $2 ORDER BY id`, [type, id]);
  const progress = async () =>
    Object.fromEntries(((await admin.get('/api/setup').expect(200)).body.steps as { key: string; count: number; done: boolean }[]).map((s) => [s.key, [s.count, s.done]]));

  beforeAll(async () => {
    t = await createEmptyApp();
    admin = await t.signIn(FIRST_ADMIN, PASSWORD);
  });
  afterAll(() => t.close());

  it('starts with nothing done on the checklist, and nothing to add priorities or bodies to', async () => {
    const response = await admin.get('/api/setup').expect(200);
    expect(response.body).toEqual({
      complete: false,
      steps: ['strategy', 'priorities', 'bodies', 'segments', 'people', 'actions'].map((key) => ({ key, count: 0, done: false })),
    });
    await admin.get('/api/strategy').expect(404);
    expect((await admin.get('/api/strategy/current').expect(200)).body).toEqual({ strategy: null });
    const refused = await admin.post('/api/priorities').send({ number: 1, title: 'Too early' }).expect(409);
    expect(refused.body.error.message).toBe('Set up the strategy before adding priorities.');
    await admin.post('/api/bodies').send({ name: 'Too early', kind: 'leadership_team' }).expect(409);
    await admin.post('/api/segments').send({ name: 'Too early', householdShare: 1 }).expect(409);
  });

  it.each([
    [{ ...STRATEGY, title: '  ' }, ['title']],
    [{ ...STRATEGY, referencePrefix: 'c-a' }, ['referencePrefix']],
    [{ ...STRATEGY, periodStart: '2026-02-30' }, ['periodStart']],
    [{ ...STRATEGY, vision: undefined }, ['vision']],
    [{ ...STRATEGY, periodEnd: '2025-03-31' }, ['periodEnd']],
  ])('refuses a strategy with a field at fault (%j), naming the field', async (body, expected) => {
    const response = await admin.post('/api/strategy').send(body).expect(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(fields(response.body)).toEqual(expected);
  });

  it('creates the strategy, audited, and refuses a second one', async () => {
    const response = await admin.post('/api/strategy').send(STRATEGY).expect(201);
    expect(response.body).toEqual({ id: expect.any(String), ...STRATEGY, owningBody: null, version: 1 });
    ids.strategy = response.body.id;
    expect((await admin.get('/api/strategy').expect(200)).body).toEqual(response.body);
    expect((await admin.get('/api/strategy/current').expect(200)).body).toEqual({ strategy: response.body });
    expect(await audit('strategy', ids.strategy)).toEqual([
      { operation: 'create', changes: expect.objectContaining({ title: { before: null, after: STRATEGY.title }, referencePrefix: { before: null, after: 'CA' } }) },
    ]);

    const second = await admin.post('/api/strategy').send({ ...STRATEGY, title: 'Climate strategy' }).expect(409);
    expect(second.body.error).toMatchObject({
      code: 'conflict',
      message: 'Steerline holds one strategy for now; edit the one there is. Several strategies come with the Corporate Plan work.',
    });
    expect(await progress()).toMatchObject({ strategy: [1, true], priorities: [0, false] });
  });

  it('adds priorities in display order, refusing a number that is taken', async () => {
    const titles = ['Make the website the easiest way in', 'Keep the phone line for those who need it', 'Help people get online'];
    for (const [index, title] of titles.entries()) {
      const response = await admin.post('/api/priorities').send({ number: index + 1, title, description: `Priority ${index + 1} in full.` }).expect(201);
      expect(response.body).toEqual({ id: expect.any(String), number: index + 1, title, description: `Priority ${index + 1} in full.`, displayOrder: index + 1, retired: false, version: 1 });
      ids[`priority${index + 1}`] = response.body.id;
    }
    const taken = await admin.post('/api/priorities').send({ number: 2, title: 'Again' }).expect(409);
    expect(taken.body.error.details).toEqual([{ field: 'number', messages: ['Priority 2 already exists (retired priorities keep their numbers)'] }]);
    const invalid = await admin.post('/api/priorities').send({ number: 0, title: '', displayOrder: 1.5 }).expect(400);
    expect(fields(invalid.body)).toEqual(['displayOrder', 'number', 'title']);
    expect(await progress()).toMatchObject({ priorities: [3, true] });
  });

  it('edits a priority with its version, refuses a stale edit, and audits before and after', async () => {
    const edited = await admin.patch(`/api/priorities/${ids.priority3}`).send({ version: 1, title: 'Help everyone get online', displayOrder: 0 }).expect(200);
    expect(edited.body).toMatchObject({ title: 'Help everyone get online', displayOrder: 0, version: 2 });
    const list = (await admin.get('/api/priorities').expect(200)).body as { number: number }[];
    expect(list.map((p) => p.number)).toEqual([3, 1, 2]);

    const stale = await admin.patch(`/api/priorities/${ids.priority3}`).send({ version: 1, title: 'Lost update' }).expect(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { current: { title: 'Help everyone get online', version: 2 } } });
    expect((await audit('priority', ids.priority3)).at(-1)).toEqual({
      operation: 'edit',
      changes: { title: { before: 'Help people get online', after: 'Help everyone get online' }, displayOrder: { before: 3, after: 0 } },
    });
  });

  it('retires a priority: kept in the list, marked retired, after the live ones; audited; refused for a new action', async () => {
    const retired = await admin.post(`/api/priorities/${ids.priority2}/retire`).send({ version: 1 }).expect(200);
    expect(retired.body).toMatchObject({ number: 2, retired: true, version: 2 });
    const list = (await admin.get('/api/priorities').expect(200)).body as { number: number; retired: boolean }[];
    expect(list.map((p) => [p.number, p.retired])).toEqual([[3, false], [1, false], [2, true]]);
    expect((await audit('priority', ids.priority2)).at(-1)).toEqual({ operation: 'retire', changes: { retired: { before: false, after: true } } });
    await admin.post(`/api/priorities/${ids.priority2}/retire`).send({ version: 1 }).expect(409);
    const again = await admin.post(`/api/priorities/${ids.priority2}/retire`).send({ version: 2 }).expect(409);
    expect(again.body.error.message).toBe('Priority 2 is already retired.');
    expect(await progress()).toMatchObject({ priorities: [2, true] });
  });

  it('adds governance bodies of the four kinds, each reporting to the one above', async () => {
    const bodies = [
      ['leader', 'Senior leadership team', 'leadership_team', null],
      ['board', 'Customer access board', 'channel_shift_board', 'leader'],
      ['group', 'Staff working group', 'internal_working_group', 'board'],
      ['partners', 'City partnership group', 'external_steering_group', 'board'],
    ] as const;
    for (const [key, name, kind, parent] of bodies) {
      const response = await admin.post('/api/bodies').send({ name, kind, remit: `${name} remit`, reportsToId: parent ? ids[parent] : null }).expect(201);
      expect(response.body).toEqual({
        id: expect.any(String), name, kind, remit: `${name} remit`, memberCount: 0,
        reportsTo: parent ? { id: ids[parent], name: bodies.find(([k]) => k === parent)![1] } : null, retired: false, version: 1,
      });
      ids[key] = response.body.id;
    }
    const duplicate = await admin.post('/api/bodies').send({ name: 'STAFF working group', kind: 'internal_working_group' }).expect(409);
    expect(duplicate.body.error.details).toEqual([{ field: 'name', messages: ['A body with this name already exists'] }]);
    const invalid = await admin.post('/api/bodies').send({ name: '', kind: 'committee', reportsToId: 'not-an-id' }).expect(400);
    expect(fields(invalid.body)).toEqual(['kind', 'name', 'reportsToId']);
    expect(await progress()).toMatchObject({ bodies: [4, true] });
  });

  it('refuses a reports-to chain that would lead back to the body itself (422), directly or through others', async () => {
    const loop = await admin.patch(`/api/bodies/${ids.leader}`).send({ version: 1, reportsToId: ids.group }).expect(422);
    expect(loop.body.error).toMatchObject({
      code: 'rule_broken',
      message: 'A body cannot report to itself, directly or through other bodies.',
      details: [{ field: 'reportsToId', messages: ['Senior leadership team already reports to this body, directly or through others: choose another body'] }],
    });
    await admin.patch(`/api/bodies/${ids.board}`).send({ version: 1, reportsToId: ids.board }).expect(422);
    const [{ reports_to_id }] = await t.sql<{ reports_to_id: string | null }>(`SELECT reports_to_id FROM body WHERE id = $1`, [ids.leader]);
    expect(reports_to_id).toBeNull();
  });

  it('edits a body, audits before and after, and refuses a stale edit', async () => {
    const edited = await admin.patch(`/api/bodies/${ids.partners}`).send({ version: 1, reportsToId: ids.leader, remit: 'Partners who deliver in the city' }).expect(200);
    expect(edited.body).toMatchObject({ reportsTo: { id: ids.leader, name: 'Senior leadership team' }, remit: 'Partners who deliver in the city', version: 2 });
    expect((await audit('body', ids.partners)).at(-1)).toEqual({
      operation: 'edit',
      changes: { reportsToId: { before: ids.board, after: ids.leader }, remit: { before: 'City partnership group remit', after: 'Partners who deliver in the city' } },
    });
    const stale = await admin.patch(`/api/bodies/${ids.partners}`).send({ version: 1, name: 'Lost' }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it("lists a body's members, and will not retire a body that still has active members", async () => {
    const memberId = await addPerson(t, { email: 'sam.staff@council.example', name: 'Sam Staff', bodyIds: [ids.group] });
    const detail = await admin.get(`/api/bodies/${ids.group}`).expect(200);
    expect(detail.body).toMatchObject({ name: 'Staff working group', memberCount: 1, members: [{ id: memberId, name: 'Sam Staff', email: 'sam.staff@council.example', isActive: true }] });
    const refused = await admin.post(`/api/bodies/${ids.group}/retire`).send({ version: 1 }).expect(409);
    expect(refused.body.error.message).toBe('Staff working group still has 1 active member. Take them out of it on their pages in People first.');
    expect(await progress()).toMatchObject({ people: [1, true] });
    member = await t.signIn('sam.staff@council.example', PASSWORD);
  });

  it('retires a body without members; it stays listed, after the live ones, and can no longer be reported to', async () => {
    const extra = (await admin.post('/api/bodies').send({ name: 'Old steering group', kind: 'external_steering_group' }).expect(201)).body;
    const retired = await admin.post(`/api/bodies/${extra.id}/retire`).send({ version: 1 }).expect(200);
    expect(retired.body).toMatchObject({ retired: true, version: 2 });
    const list = (await admin.get('/api/bodies').expect(200)).body as { name: string; retired: boolean }[];
    expect(list.at(-1)).toMatchObject({ name: 'Old steering group', retired: true });
    expect((await audit('body', extra.id)).map((row) => row.operation)).toEqual(['create', 'retire']);
    const refused = await admin.patch(`/api/bodies/${ids.partners}`).send({ version: 2, reportsToId: extra.id }).expect(400);
    expect(refused.body.error.details).toEqual([{ field: 'reportsToId', messages: ['Old steering group is retired: choose a body that is not'] }]);
    const joining = await admin.post('/api/admin/users').send({ email: 'late.joiner@council.example', name: 'Late Joiner', bodyIds: [extra.id] }).expect(400);
    expect(joining.body.error.details).toEqual([{ field: 'bodyIds', messages: ['Choose bodies from the list: a retired body takes no new members'] }]);
  });

  it('sets the owning body and edits the strategy, audited, refusing a stale edit', async () => {
    const edited = await admin.patch(`/api/strategy/${ids.strategy}`).send({ version: 1, owningBodyId: ids.leader, periodEnd: '2030-03-31' }).expect(200);
    expect(edited.body).toMatchObject({ owningBody: { id: ids.leader, name: 'Senior leadership team' }, periodEnd: '2030-03-31', version: 2 });
    expect((await audit('strategy', ids.strategy)).at(-1)).toEqual({
      operation: 'edit',
      changes: { owningBodyId: { before: null, after: ids.leader }, periodEnd: { before: '2029-03-31', after: '2030-03-31' } },
    });
    const stale = await admin.patch(`/api/strategy/${ids.strategy}`).send({ version: 1, title: 'Lost' }).expect(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { current: { version: 2 } } });
    const badBody = await admin.patch(`/api/strategy/${ids.strategy}`).send({ version: 2, owningBodyId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(fields(badBody.body)).toEqual(['owningBodyId']);
  });

  it('adds segments with a description to the new strategy, and retires one: no coverage warning for it', async () => {
    const older = await admin.post('/api/segments').send({ name: 'Older people living alone', householdShare: 12.5, veryLowPropensity: true, description: 'Over 75, on their own' }).expect(201);
    expect(older.body).toEqual({ id: expect.any(String), name: 'Older people living alone', householdShare: 12.5, veryLowPropensity: true, description: 'Over 75, on their own', retired: false, version: 1 });
    const students = (await admin.post('/api/segments').send({ name: 'Students', householdShare: 4, veryLowPropensity: true }).expect(201)).body;
    const retired = await admin.post(`/api/segments/${students.id}/retire`).send({ version: 1 }).expect(200);
    expect(retired.body).toMatchObject({ retired: true, version: 2 });
    const coverage = (await admin.get('/api/segments/coverage').expect(200)).body as { name: string; uncovered: boolean; retired: boolean }[];
    expect(coverage.map((row) => [row.name, row.uncovered, row.retired])).toEqual([['Older people living alone', true, false], ['Students', false, true]]);
    expect((await audit('segment', students.id)).at(-1)).toEqual({ operation: 'retire', changes: { retired: { before: false, after: true } } });
    await admin.patch(`/api/segments/${older.body.id}`).send({ version: 1, description: 'Over 75 and living alone' }).expect(200);
    expect((await audit('segment', older.body.id)).at(-1)).toEqual({ operation: 'edit', changes: { description: { before: 'Over 75, on their own', after: 'Over 75 and living alone' } } });
    ids.older = older.body.id;
    ids.students = students.id;
    expect(await progress()).toMatchObject({ segments: [1, true] });
  });

  it('refuses every set-up change to someone who is not an administrator (403)', async () => {
    await member.get('/api/setup').expect(403);
    await member.post('/api/strategy').send(STRATEGY).expect(403);
    await member.patch(`/api/strategy/${ids.strategy}`).send({ version: 2, title: 'Mine now' }).expect(403);
    await member.post('/api/priorities').send({ number: 9, title: 'Mine' }).expect(403);
    await member.patch(`/api/priorities/${ids.priority1}`).send({ version: 1, title: 'Mine' }).expect(403);
    await member.post(`/api/priorities/${ids.priority1}/retire`).send({ version: 1 }).expect(403);
    await member.post('/api/bodies').send({ name: 'Mine', kind: 'leadership_team' }).expect(403);
    await member.patch(`/api/bodies/${ids.group}`).send({ version: 1, kind: 'leadership_team' }).expect(403);
    await member.post(`/api/bodies/${ids.group}/retire`).send({ version: 1 }).expect(403);
    await member.post(`/api/segments/${ids.older}/retire`).send({ version: 2 }).expect(403);
    expect((await member.get('/api/strategy').expect(200)).body.title).toBe(STRATEGY.title);
    expect((await member.get(`/api/bodies/${ids.group}`).expect(200)).body.members).toHaveLength(1);
  });

  it('refuses a retired priority, body or segment on a new action, and numbers actions with the new prefix', async () => {
    const ownerId = (await t.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'sam.staff@council.example'`))[0].id;
    const action = { title: 'Web chat on every page', priorityId: ids.priority1, ownerId, owningBodyId: ids.group, segmentIds: [ids.older] };
    const refused = await admin.post('/api/actions').send({ ...action, priorityId: ids.priority2, segmentIds: [ids.students] }).expect(400);
    expect(refused.body.error.details).toEqual([
      { field: 'priorityId', messages: ['That priority is retired: choose one that is not'] },
      { field: 'segmentIds', messages: ['Retired segments cannot be chosen: Students'] },
    ]);
    const created = await admin.post('/api/actions').send(action).expect(201);
    expect(created.body.reference).toBe('CA-001');
    expect(await progress()).toMatchObject({ actions: [1, true] });
  });

  it('imports a spreadsheet into the strategy just created, matching its priorities, bodies and segments', async () => {
    const headers = IMPORT_COLUMNS.map((column) => column.header);
    const row = (values: Record<string, string>) => headers.map((header) => values[header] ?? '').join(',');
    const csv = [
      headers.join(','),
      row({ Title: 'Phone line call-backs', 'Priority number': '1', 'Owner email': 'sam.staff@council.example', 'Owning body name': 'customer access board', Segments: 'Older people living alone' }),
      row({ Title: 'Library drop-ins', 'Priority number': '3', 'Owner email': FIRST_ADMIN, 'Owning body name': 'Staff working group' }),
    ].join('\r\n');
    const checked = await admin.post('/api/import/dry-run').attach('file', Buffer.from(csv), 'plan.csv').expect(200);
    expect(checked.body.problems).toEqual([]);
    const imported = await admin.post('/api/import').attach('file', Buffer.from(csv), 'plan.csv').expect(201);
    expect(imported.body.created.map((a: { reference: string; title: string }) => [a.reference, a.title])).toEqual([
      ['CA-002', 'Phone line call-backs'],
      ['CA-003', 'Library drop-ins'],
    ]);
    const stored = await t.sql(`SELECT a.reference, p.number, b.name AS body FROM action a JOIN priority p ON p.id = a.priority_id JOIN body b ON b.id = a.owning_body_id
      WHERE a.strategy_id = $1 ORDER BY a.reference`, [ids.strategy]);
    expect(stored).toEqual([
      { reference: 'CA-001', number: 1, body: 'Staff working group' },
      { reference: 'CA-002', number: 1, body: 'Customer access board' },
      { reference: 'CA-003', number: 3, body: 'Staff working group' },
    ]);

    const retiredPriority = [headers.join(','), row({ Title: 'Old idea', 'Priority number': '2', 'Owner email': FIRST_ADMIN, 'Owning body name': 'Staff working group' })].join('\r\n');
    const problems = (await admin.post('/api/import/dry-run').attach('file', Buffer.from(retiredPriority), 'plan.csv').expect(200)).body.problems;
    expect(problems).toEqual([expect.objectContaining({ row: 2, column: 'Priority number' })]);
  });

  it('shows the whole checklist done', async () => {
    const response = await admin.get('/api/setup').expect(200);
    expect(response.body.complete).toBe(true);
    expect(await progress()).toEqual({ strategy: [1, true], priorities: [2, true], bodies: [4, true], segments: [1, true], people: [1, true], actions: [3, true] });
  });
});
