import { IMPORT_COLUMNS, type ImportColumnHeader } from '@steerline/contracts';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
type Row = Partial<Record<ImportColumnHeader, string | number | Date | null>>;
const HEADERS = IMPORT_COLUMNS.map((column) => column.header);
const WORKING_GROUP = 'Internal digital inclusion working group';

const GOOD: Row[] = [
  {
    Title: 'Digital champions in every council team',
    Description: 'Recruit and train a digital champion in each team.',
    'Priority number': 5,
    'Owner email': 'Working@Steerline.example',
    'Owning body name': WORKING_GROUP,
    Partners: 'Citizens Online; the forum',
    Segments: 'Elderly people reliant on state support',
    'Start date': new Date(Date.UTC(2026, 5, 1)),
    'Due date': '2027-01-31',
    Status: 'In progress',
    RAG: 'Amber',
  },
  { Reference: 'di-050', Title: 'Free wifi in community centres', 'Priority number': '1', 'Owner email': 'board@steerline.example', 'Owning body name': 'channel shift board', RAG: 'Blue' },
  { Title: 'Apply for the Good Things Foundation grant', 'Priority number': 3, 'Owner email': 'leader@steerline.example', 'Owning body name': 'Corporate leadership team' },
];

async function xlsx(rows: Row[], blankRowsBefore: number[] = []): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Actions');
  sheet.addRow(HEADERS);
  for (const [index, row] of rows.entries()) {
    if (blankRowsBefore.includes(index)) sheet.addRow([]);
    sheet.addRow(HEADERS.map((header) => row[header] ?? null));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const csvCell = (value: Row[ImportColumnHeader]) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = (rows: Row[]) => `\uFEFF${[HEADERS.join(','), ...rows.map((row) => HEADERS.map((header) => csvCell(row[header])).join(','))].join('\r\n')}\r\n`;

describe('import: checking rows and creating actions', () => {
  let t: TestApp;
  let admin: Agent;
  const dryRun = (content: Buffer | string, filename = 'plan.xlsx') => admin.post('/api/import/dry-run').attach('file', Buffer.from(content), filename);
  const importFile = (content: Buffer | string, filename = 'plan.xlsx') => admin.post('/api/import').attach('file', Buffer.from(content), filename);
  const counts = async () =>
    (await t.sql(`SELECT (SELECT count(*) FROM action) AS actions, (SELECT count(*) FROM audit_event) AS audits, (SELECT count(*) FROM action_partner) AS partners`))[0];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn('admin@steerline.example');
    await t.sql(`INSERT INTO app_user (email, name, password_hash, is_active) VALUES ('gone@steerline.example', 'Gone Away', 'x', false)`);
  });
  afterAll(() => t.close());

  describe('a dry run of a good file', () => {
    const expectedPreview = [
      {
        row: 2, reference: null, title: 'Digital champions in every council team', description: 'Recruit and train a digital champion in each team.', priority: 5,
        owner: { name: 'Wren Working', email: 'working@steerline.example' }, owningBody: WORKING_GROUP, partners: ['Citizens Online', 'The Forum'],
        segments: ['Elderly people reliant on state support'], startDate: '2026-06-01', dueDate: '2027-01-31', status: 'in_progress', rag: 'amber',
      },
      {
        row: 3, reference: 'DI-050', title: 'Free wifi in community centres', description: '', priority: 1, owner: { name: 'Bola Board', email: 'board@steerline.example' },
        owningBody: 'Channel shift board', partners: [], segments: [], startDate: null, dueDate: null, status: 'complete', rag: 'blue',
      },
      {
        row: 4, reference: null, title: 'Apply for the Good Things Foundation grant', description: '', priority: 3, owner: { name: 'Lesley Leader', email: 'leader@steerline.example' },
        owningBody: 'Corporate leadership team', partners: [], segments: [], startDate: null, dueDate: null, status: 'not_started', rag: 'grey',
      },
    ];

    it('reports a workbook valid, with each row as it would be created, and writes nothing', async () => {
      const before = await counts();
      const { body } = await dryRun(await xlsx(GOOD)).expect(200);
      expect(body).toEqual({ valid: true, rows: 3, problems: [], preview: expectedPreview });
      expect(await counts()).toEqual(before);
    });

    it('reads the same rows from CSV (byte order mark, quoted cells, CRLF)', async () => {
      const { body } = await dryRun(csv(GOOD), 'plan.csv').expect(200);
      expect(body).toEqual({ valid: true, rows: 3, problems: [], preview: expectedPreview });
    });

    it('reads CSV saved by Excel in Windows-1252, dashes and curly quotes included', async () => {
      const title = 'Café drop-ins – £5 a head at St Mary’s';
      const content = iconv.encode(csv([{ ...GOOD[2], Title: title }]).slice(1), 'windows-1252');
      const { body } = await dryRun(content, 'plan.csv').expect(200);
      expect(body.preview[0].title).toBe(title);
    });
  });

  describe('problems, by row and column as the spreadsheet shows them', () => {
    const base = GOOD[2];
    const BAD: [ImportColumnHeader, string, Row][] = [
      ['Title', 'Enter a title for the action', { Title: '  ' }],
      ['Title', 'Must be 200 characters or fewer (it has 201)', { Title: 'x'.repeat(201) }],
      ['Priority number', 'There is no priority 9: use 1, 2, 3, 4, 5, 6', { 'Priority number': 9 }],
      ['Priority number', '"two" is not a priority number: write a whole number, like 2', { 'Priority number': 'two' }],
      ['Priority number', 'Enter the number of the priority the action serves', { 'Priority number': null }],
      ['Owner email', 'No active person has this email address', { 'Owner email': 'nobody@steerline.example' }],
      ['Owner email', 'No active person has this email address', { 'Owner email': 'gone@steerline.example' }],
      ['Owner email', '"not-an-email" is not an email address', { 'Owner email': 'not-an-email' }],
      ['Owning body name', 'No governance body is called "Cabinet": use Channel shift board; Corporate leadership team; External digital steering group; Internal digital inclusion working group', { 'Owning body name': 'Cabinet' }],
      ['Partners', 'No partner is called "Acme Ltd": use names as Steerline has them, separated by semicolons (;)', { Partners: 'The Forum; Acme Ltd' }],
      ['Segments', 'No population segment is called "Students": use names as Steerline has them, separated by semicolons (;)', { Segments: 'Students; Elderly people reliant on state support' }],
      ['Start date', '"2026-02-30" is not a real date written YYYY-MM-DD, like 2027-03-31', { 'Start date': '2026-02-30' }],
      ['Due date', '"31/03/2027" is not a real date written YYYY-MM-DD, like 2027-03-31', { 'Due date': '31/03/2027' }],
      ['Due date', 'The due date must be the same as or after the start date (2027-06-01)', { 'Start date': '2027-06-01', 'Due date': new Date(Date.UTC(2027, 0, 1)) }],
      ['Status', '"Done" is not a status: use Not started, In progress or Complete', { Status: 'Done' }],
      ['Status', 'An action cannot be imported as cancelled: leave it out of the file', { Status: 'Cancelled' }],
      ['RAG', '"Purple" is not a RAG rating: use Red, Amber, Green, Blue or Grey', { RAG: 'Purple' }],
      ['RAG', 'An action that is Complete must be rated Blue', { Status: 'Complete', RAG: 'Red' }],
      ['RAG', 'An action that is Not started must be rated Grey', { Status: 'Not started', RAG: 'Green' }],
      ['Reference', 'DI-002 is already the reference of another action', { Reference: 'DI-002' }],
      ['Reference', '"DI 7" is not a reference: use letters and digits, joined by - . or /, such as DI-012 (20 characters at most)', { Reference: 'DI 7' }],
      ['Reference', 'A number in a reference can have at most 6 digits', { Reference: 'DI-12345678' }],
      ['Title', 'An action with this title is already on the plan (DI-002)', { Title: 'inline for  online CARD' }],
    ];

    it.each(BAD)('reports a problem in %s in the right row: %s', async (column, message, change) => {
      const rows = [GOOD[0], { ...base, ...change }];
      const { body } = await dryRun(await xlsx(rows, [1])).expect(200);
      // A blank row 3 sits between the two actions, so the bad one is row 4 of the sheet.
      expect(body).toMatchObject({ valid: false, rows: 2, problems: [{ row: 4, column, message }] });
      expect(body.problems).toHaveLength(1);
      expect(body.preview.map((row: { row: number }) => row.row)).toEqual([2]);
    });

    it('reports every problem of every row, in row and column order', async () => {
      const rows: Row[] = [
        { ...base, Title: '', 'Owner email': 'nobody@steerline.example', RAG: 'Purple' },
        GOOD[0],
        { ...base, Reference: 'DI-900', 'Owning body name': 'Cabinet' },
        { ...base, Reference: 'di-900', Title: GOOD[0].Title as string },
      ];
      const { body } = await dryRun(csv(rows), 'plan.csv').expect(200);
      expect(body.valid).toBe(false);
      expect(body.problems.map((p: { row: number; column: string }) => `${p.row} ${p.column}`)).toEqual([
        '2 Title', '2 Owner email', '2 RAG', '4 Owning body name', '5 Reference', '5 Title',
      ]);
      expect(body.problems.slice(-2).map((p: { message: string }) => p.message)).toEqual([
        'Row 4 has the same reference: each action needs its own',
        'Row 3 has the same title: each action needs its own',
      ]);
    });
  });

  describe('importing: all rows or none', () => {
    it('refuses a file with one bad row among good ones (400, the same problems) and writes nothing', async () => {
      const before = await counts();
      const file = await xlsx([...GOOD, { ...GOOD[2], Title: 'Fourth action', 'Owner email': 'nobody@steerline.example' }]);
      const { body: checked } = await dryRun(file).expect(200);
      const { body } = await importFile(file).expect(400);
      expect(body.error).toMatchObject({ code: 'validation_failed', message: 'The file has a problem, so nothing was imported. Fix the file and upload it again.' });
      expect(body.error.details).toEqual([{ row: 5, column: 'Owner email', message: 'No active person has this email address' }]);
      expect(body.error.details).toEqual(checked.problems);
      expect(await counts()).toEqual(before);
    });

    it('rolls everything back when the database refuses a row part-way through', async () => {
      await t.sql(`CREATE FUNCTION refuse_exploding_action() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.title = 'Explode' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$`);
      await t.sql(`CREATE TRIGGER refuse_exploding_action BEFORE INSERT ON action FOR EACH ROW EXECUTE FUNCTION refuse_exploding_action()`);
      try {
        const before = await counts();
        const { body } = await importFile(await xlsx([...GOOD, { ...GOOD[2], Title: 'Explode' }])).expect(500);
        expect(body.error.code).toBe('internal_error');
        expect(await counts()).toEqual(before);
      } finally {
        await t.sql(`DROP TRIGGER refuse_exploding_action ON action`);
        await t.sql(`DROP FUNCTION refuse_exploding_action`);
      }
    });

    it('creates every action of the fixed file in one go, audited as import', async () => {
      const before = await counts();
      const { body } = await importFile(await xlsx(GOOD)).expect(201);
      expect(body.created).toEqual([
        { id: expect.any(String), reference: 'DI-051', title: 'Digital champions in every council team' },
        { id: expect.any(String), reference: 'DI-050', title: 'Free wifi in community centres' },
        { id: expect.any(String), reference: 'DI-052', title: 'Apply for the Good Things Foundation grant' },
      ]);
      const after = await counts();
      expect(Number(after.actions) - Number(before.actions)).toBe(3);

      const [{ id: adminId }] = await t.sql(`SELECT id FROM app_user WHERE email = 'admin@steerline.example'`);
      const ids = body.created.map((action: { id: string }) => action.id);
      const audits = await t.sql(`SELECT entity_id, operation, actor_id, changes FROM audit_event WHERE entity_id = ANY($1) ORDER BY id`, [ids]);
      expect(audits.every((audit) => audit.operation === 'import' && audit.actor_id === adminId)).toBe(true);
      expect(new Set(audits.map((audit) => audit.entity_id))).toEqual(new Set(ids));

      const champions = (await admin.get(`/api/actions/${ids[0]}`).expect(200)).body;
      expect(champions).toMatchObject({
        reference: 'DI-051', priority: { number: 5 }, owner: { name: 'Wren Working' }, owningBody: { name: WORKING_GROUP },
        startDate: '2026-06-01', dueDate: '2027-01-31', status: 'in_progress', rag: 'amber', percentComplete: 0,
      });
      expect(champions.partners.map((p: { name: string }) => p.name)).toEqual(['Citizens Online', 'The Forum']);
      expect((await admin.get(`/api/actions/${ids[1]}`).expect(200)).body).toMatchObject({ reference: 'DI-050', status: 'complete', rag: 'blue', percentComplete: 100 });
      expect((await admin.get(`/api/actions/${ids[2]}`).expect(200)).body).toMatchObject({ reference: 'DI-052', status: 'not_started', rag: 'grey' });

      const history = (await admin.get(`/api/actions/${ids[1]}/history`).expect(200)).body;
      expect(history.map((entry: { operation: string }) => entry.operation)).toEqual(['import', 'import']);
    });

    it('refuses the same file again: its titles and reference are now on the plan', async () => {
      const before = await counts();
      const { body } = await importFile(csv(GOOD), 'plan.csv').expect(400);
      expect(body.error.details.map((p: { row: number; column: string }) => `${p.row} ${p.column}`)).toEqual(['2 Title', '3 Reference', '3 Title', '4 Title']);
      expect(await counts()).toEqual(before);
    });

    it('gives generated references after those the file names, whatever the order of the rows', async () => {
      const rows: Row[] = [
        { ...GOOD[2], Title: 'Row A' },
        { ...GOOD[2], Title: 'Row B', Reference: 'DI-054' },
        { ...GOOD[2], Title: 'Row C' },
        { ...GOOD[2], Title: 'Row D', Reference: 'DI-053' },
      ];
      const { body } = await importFile(csv(rows), 'plan.csv').expect(201);
      expect(body.created.map((action: { reference: string; title: string }) => `${action.title} ${action.reference}`)).toEqual([
        'Row A DI-055', 'Row B DI-054', 'Row C DI-056', 'Row D DI-053',
      ]);
    });
  });
});
