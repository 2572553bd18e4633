import { createTestApp, type TestApp } from './support/test-app.js';

const ADMIN = 'admin@steerline.example';
const NON_ADMINS = ['leader@steerline.example', 'board@steerline.example', 'working@steerline.example', 'partner@steerline.example'];
const EVERYONE = [ADMIN, ...NON_ADMINS];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const ELDERLY = 'Elderly people reliant on state support';
const LOWER_INCOME = 'Lower income workers in urban terraces in often diverse areas';
const YOUNG_RENTING = 'Young people renting flats in high density social housing';
const FAMILIES = 'Families in low-rise social housing with high levels of benefit need';
const CITY_DWELLERS = 'Young, well-educated city dwellers';
const RIGHT_TO_BUY = 'Residents with sufficient incomes in right-to-buy social housing';
const COUPLES = 'Couples and young singles in small modern starter homes';
const OWNERS = 'Owner occupiers in older-style housing in ex-industrial areas';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
interface Coverage {
  name: string;
  uncovered: boolean;
  liveActions: { reference: string }[];
}
const fields = (body: { error: { details: { field: string }[] } }) => body.error.details.map((detail) => detail.field).sort();

describe('population segments and coverage', () => {
  let t: TestApp;
  let admin: Agent;
  const agents: Record<string, Agent> = {};
  const segmentId = async (name: string) => (await t.sql<{ id: string }>('SELECT id FROM population_segment WHERE name = $1', [name]))[0].id;
  const coverage = async (agent = admin) => (await agent.get('/api/segments/coverage').expect(200)).body as Coverage[];

  beforeAll(async () => {
    t = await createTestApp();
    for (const email of EVERYONE) agents[email] = await t.signIn(email);
    admin = agents[ADMIN];
  });
  afterAll(() => t.close());

  it.each(EVERYONE)('lists the segments, very low propensity first, for %s', async (email) => {
    const response = await agents[email].get('/api/segments').expect(200);
    expect(response.body.map((s: { name: string }) => s.name)).toEqual([ELDERLY, LOWER_INCOME, YOUNG_RENTING, FAMILIES, CITY_DWELLERS, RIGHT_TO_BUY, COUPLES, OWNERS]);
    expect(response.body[0]).toEqual({ id: expect.any(String), name: ELDERLY, householdShare: 13, veryLowPropensity: true, description: '', retired: false, version: 1 });
  });

  it.each(EVERYONE)('lists the priorities in order for %s', async (email) => {
    const response = await agents[email].get('/api/priorities').expect(200);
    expect(response.body.map((p: { number: number }) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(response.body[1]).toEqual({ id: expect.any(String), number: 2, title: 'Target digital access and support to the most vulnerable groups within the city.', description: '', displayOrder: 2, retired: false, version: 1 });
  });

  it('refuses anonymous readers', async () => {
    await t.http.get('/api/segments').expect(401);
    await t.http.get('/api/segments/coverage').expect(401);
    await t.http.get('/api/priorities').expect(401);
  });

  it.each(EVERYONE)('shows every very-low-propensity segment covered by the demo plan to %s', async (email) => {
    const rows = await coverage(agents[email]);
    expect(rows.map((row) => row.name)).toEqual([ELDERLY, LOWER_INCOME, YOUNG_RENTING, FAMILIES, CITY_DWELLERS, RIGHT_TO_BUY, COUPLES, OWNERS]);
    expect(rows.filter((row) => row.uncovered)).toEqual([]);
    expect(rows[0]).toMatchObject({ name: ELDERLY, householdShare: 13, veryLowPropensity: true, uncovered: false });
    expect(rows[0].liveActions).toEqual([
      { id: expect.any(String), reference: 'DI-001', title: 'Get online Tuesdays at The Forum', rag: 'green', status: 'in_progress' },
      { id: expect.any(String), reference: 'DI-003', title: 'Digital training for the most digitally excluded groups', rag: 'grey', status: 'not_started' },
    ]);
    expect(rows.find((row) => row.name === CITY_DWELLERS)).toMatchObject({ liveActions: [], uncovered: false });
  });

  it('puts very-low-propensity segments that lose their only live action first, with the warning', async () => {
    await t.sql(`UPDATE action SET status = 'cancelled' WHERE reference = 'DI-002'`);
    const rows = await coverage();
    expect(rows.map((row) => [row.name, row.uncovered])).toEqual([
      [LOWER_INCOME, true],
      [FAMILIES, true],
      [ELDERLY, false],
      [YOUNG_RENTING, false],
      [CITY_DWELLERS, false],
      [RIGHT_TO_BUY, false],
      [COUPLES, false],
      [OWNERS, false],
    ]);
    expect(rows[0].liveActions).toEqual([]);
  });

  it('does not count a completed action as cover either', async () => {
    await t.sql(`UPDATE action SET status = 'complete', rag = 'blue' WHERE reference = 'DI-003'`);
    const rows = await coverage();
    expect(rows.filter((row) => row.uncovered).map((row) => row.name)).toEqual([LOWER_INCOME, YOUNG_RENTING, FAMILIES]);
    expect(rows.find((row) => row.name === ELDERLY)!.liveActions.map((a) => a.reference)).toEqual(['DI-001']);
    await t.sql(`UPDATE action SET status = 'in_progress' WHERE reference IN ('DI-002', 'DI-003')`);
  });

  describe('administration', () => {
    it('lets an admin add a segment; a new very-low one shows as uncovered; it is audited', async () => {
      const response = await admin.post('/api/segments').send({ name: 'Rural households without broadband', householdShare: 2.5, veryLowPropensity: true }).expect(201);
      expect(response.body).toEqual({ id: expect.any(String), name: 'Rural households without broadband', householdShare: 2.5, veryLowPropensity: true, description: '', retired: false, version: 1 });
      const rows = await coverage();
      expect(rows[0]).toMatchObject({ name: 'Rural households without broadband', uncovered: true, liveActions: [] });
      expect(rows.filter((row) => row.uncovered)).toHaveLength(1);
      const audit = await t.sql(`SELECT operation, changes FROM audit_event WHERE entity_type = 'segment' AND entity_id = $1`, [response.body.id]);
      expect(audit).toEqual([{ operation: 'create', changes: expect.objectContaining({ householdShare: { before: null, after: 2.5 } }) }]);
    });

    it('defaults a new segment to not very low propensity', async () => {
      const response = await admin.post('/api/segments').send({ name: 'Students in halls', householdShare: 3 }).expect(201);
      expect(response.body.veryLowPropensity).toBe(false);
    });

    it('refuses a duplicate name, whatever its case', async () => {
      const response = await admin.post('/api/segments').send({ name: ELDERLY.toUpperCase(), householdShare: 1 }).expect(409);
      expect(response.body.error).toMatchObject({ code: 'conflict', details: [{ field: 'name' }] });
    });

    it.each([
      [{ householdShare: 5 }, ['name']],
      [{ name: 'X' }, ['householdShare']],
      [{ name: 'X', householdShare: 101 }, ['householdShare']],
      [{ name: 'X', householdShare: -1 }, ['householdShare']],
      [{ name: 'X', householdShare: 12.345 }, ['householdShare']],
      [{ name: 'X', householdShare: '12' }, ['householdShare']],
      [{ name: 'X', householdShare: 5, veryLowPropensity: 'yes' }, ['veryLowPropensity']],
    ])('refuses %j', async (body, invalid) => {
      expect(fields((await admin.post('/api/segments').send(body).expect(400)).body)).toEqual(invalid);
    });

    it('edits a segment with its version and refuses a stale edit with the current segment', async () => {
      const id = await segmentId(OWNERS);
      const edited = await admin.patch(`/api/segments/${id}`).send({ version: 1, householdShare: 7, veryLowPropensity: true }).expect(200);
      expect(edited.body).toMatchObject({ name: OWNERS, householdShare: 7, veryLowPropensity: true, version: 2 });
      const stale = await admin.patch(`/api/segments/${id}`).send({ version: 1, name: 'Renamed' }).expect(409);
      expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { current: { householdShare: 7, version: 2 } } });
      const audit = await t.sql(`SELECT operation, changes FROM audit_event WHERE entity_type = 'segment' AND entity_id = $1`, [id]);
      expect(audit).toEqual([{ operation: 'edit', changes: { householdShare: { before: 6, after: 7 }, veryLowPropensity: { before: false, after: true } } }]);
    });

    it('refuses renaming a segment to another segment name', async () => {
      await admin.patch(`/api/segments/${await segmentId(COUPLES)}`).send({ version: 1, name: FAMILIES }).expect(409);
    });

    it('answers 404 for an unknown segment, 400 for a malformed id or missing version', async () => {
      await admin.patch(`/api/segments/${UNKNOWN_ID}`).send({ version: 1, name: 'Nobody' }).expect(404);
      await admin.patch('/api/segments/123').send({ version: 1, name: 'Nobody' }).expect(400);
      expect(fields((await admin.patch(`/api/segments/${await segmentId(COUPLES)}`).send({ name: 'X' }).expect(400)).body)).toEqual(['version']);
      expect(fields((await admin.patch(`/api/segments/${await segmentId(COUPLES)}`).send({ version: 1, householdShare: null }).expect(400)).body)).toEqual(['householdShare']);
    });

    it.each(NON_ADMINS)('refuses segment changes by %s', async (email) => {
      await agents[email].post('/api/segments').send({ name: 'Not allowed', householdShare: 1 }).expect(403);
      await agents[email].patch(`/api/segments/${await segmentId(COUPLES)}`).send({ version: 1, householdShare: 50 }).expect(403);
      expect(await t.sql(`SELECT 1 FROM population_segment WHERE name = 'Not allowed' OR household_share = 50`)).toHaveLength(0);
    });
  });
});
