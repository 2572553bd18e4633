import { IMPORT_COLUMNS } from '@steerline/contracts';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const ADMIN = 'admin@steerline.example';
const NON_ADMINS = ['leader@steerline.example', 'board@steerline.example', 'working@steerline.example', 'partner@steerline.example'];
const HEADERS = IMPORT_COLUMNS.map((column) => column.header);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const GOOD_CSV = [
  HEADERS.join(','),
  ',Digital champions in every team,,5,working@steerline.example,Internal digital inclusion working group,,,,,,',
].join('\r\n');

const binary = (response: { body: unknown }) => response.body as Buffer;
const fileProblem = (response: { body: { error: { code: string; details: { field: string; messages: string[] }[] } } }, code = 'validation_failed') => {
  expect(response.body.error.code).toBe(code);
  expect(response.body.error.details.map((detail) => detail.field)).toEqual(['file']);
  return response.body.error.details[0].messages;
};

describe('import: templates, files and access', () => {
  let t: TestApp;
  const agents: Record<string, Agent> = {};
  const admin = () => agents[ADMIN];
  const dryRun = (content: Buffer | string, filename: string, agent = admin()) =>
    agent.post('/api/import/dry-run').attach('file', Buffer.from(content), filename);
  const counts = async () => (await t.sql(`SELECT (SELECT count(*) FROM action) AS actions, (SELECT count(*) FROM audit_event) AS audits`))[0];

  beforeAll(async () => {
    t = await createTestApp();
    for (const email of [ADMIN, ...NON_ADMINS]) agents[email] = await t.signIn(email);
  });
  afterAll(() => t.close());

  describe('the template', () => {
    const workbook = async (agent: Agent) => {
      const response = await agent.get('/api/import/template.xlsx').responseType('blob').expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.body);
      return { response, book };
    };

    it('downloads as a workbook exceljs reads: header row, an example row from the demo data, and a Guidance sheet', async () => {
      const { response, book } = await workbook(admin());
      expect(response.headers['content-type']).toBe(XLSX_TYPE);
      expect(response.headers['content-disposition']).toBe('attachment; filename="steerline-import-template.xlsx"');
      const actions = book.getWorksheet('Actions')!;
      expect((actions.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
      const example = (actions.getRow(2).values as unknown[]).slice(1);
      expect(example.slice(1, 2)).toEqual(['Get online Tuesdays at The Forum']);
      expect(example.slice(3, 6)).toEqual([1, 'partner@steerline.example', 'External digital steering group']);
      expect(example[6]).toBe('Barclays Digital Eagles; The library service; The Forum');
      expect(example.slice(8)).toEqual([new Date('2026-04-01T00:00:00Z'), new Date('2027-03-31T00:00:00Z'), 'In progress', 'Green']);

      const guidance = book.getWorksheet('Guidance')!;
      const rows = HEADERS.map((_, index) => (guidance.getRow(index + 2).values as unknown[]).slice(1));
      expect(rows.map((row) => row[0])).toEqual(HEADERS);
      expect(rows.find((row) => row[0] === 'Title')?.[1]).toBe('Required');
      expect(rows.find((row) => row[0] === 'Partners')?.[1]).toBe('Optional');
      expect(String(rows.find((row) => row[0] === 'Owning body name')?.[3])).toContain('Channel shift board');
      expect(String(rows.find((row) => row[0] === 'Priority number')?.[3])).toContain('6. Work closely with partners');
    });

    it('downloads as CSV with the header and the example row', async () => {
      const response = await admin().get('/api/import/template.csv').expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="steerline-import-template.csv"');
      const { data } = Papa.parse<string[]>(response.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
      expect(data[0]).toEqual(HEADERS);
      expect(data.slice(1).map((row) => [row[1], row[4], row[8], row[11]])).toEqual([['Get online Tuesdays at The Forum', 'partner@steerline.example', '2026-04-01', 'Green']]);
    });

    it.each(NON_ADMINS)('may be downloaded by %s, who can read the plan', async (email) => {
      await agents[email].get('/api/import/template.xlsx').expect(200);
      await agents[email].get('/api/import/template.csv').expect(200);
    });

    it('is refused to someone signed out', async () => {
      await t.http.get('/api/import/template.xlsx').expect(401);
      await t.http.get('/api/import/template.csv').expect(401);
    });

    it('comes back from a dry run with only the example to fix: its title is already on the demo plan', async () => {
      const { body: xlsx } = await dryRun(binary(await admin().get('/api/import/template.xlsx').responseType('blob')), 'template.xlsx').expect(200);
      const { body: csv } = await dryRun((await admin().get('/api/import/template.csv')).text, 'template.csv').expect(200);
      for (const body of [xlsx, csv]) {
        expect(body).toMatchObject({ valid: false, rows: 1, preview: [] });
        expect(body.problems).toEqual([{ row: 2, column: 'Title', message: 'An action with this title is already on the plan (DI-001)' }]);
      }
    });
  });

  describe('who may import', () => {
    it.each(NON_ADMINS)('refuses a dry run and an import by %s (403), writing nothing', async (email) => {
      const before = await counts();
      await dryRun(GOOD_CSV, 'plan.csv', agents[email]).expect(403);
      await agents[email].post('/api/import').attach('file', Buffer.from(GOOD_CSV), 'plan.csv').expect(403);
      expect(await counts()).toEqual(before);
    });

    it('refuses someone signed out (401)', async () => {
      await t.http.post('/api/import/dry-run').attach('file', Buffer.from(GOOD_CSV), 'plan.csv').expect(401);
      await t.http.post('/api/import').attach('file', Buffer.from(GOOD_CSV), 'plan.csv').expect(401);
    });
  });

  describe('files it cannot use', () => {
    it.each([
      ['a PDF', Buffer.from('%PDF-1.7\n%...'), 'plan.pdf', 'The file must be an Excel workbook (.xlsx) or a CSV file (.csv). "plan.pdf" is neither.'],
      ['an old Excel file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'plan.xls', 'The file is in the old Excel format (.xls). Save it as an Excel workbook (.xlsx) or as CSV, and upload that.'],
      ['text called .xlsx', Buffer.from(GOOD_CSV), 'plan.xlsx', 'The file is called .xlsx but is not an Excel workbook. Save it from Excel as an Excel workbook (.xlsx).'],
      ['a broken workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'plan.xlsx', 'The workbook is damaged (its zip structure is broken or cut short). Save it again as an Excel workbook (.xlsx) or as CSV, and upload that.'],
      ['a workbook called .csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'plan.csv', 'The file is called .csv but is a workbook. Rename it to .xlsx, or save it from Excel as CSV.'],
      ['a picture called .csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'plan.csv', 'The file is not a CSV file: it contains binary data. Upload an Excel workbook (.xlsx) or a CSV file.'],
    ])('refuses %s as unreadable with a message saying what to do (422), on the dry run and the import', async (_what, content, filename, message) => {
      const before = await counts();
      expect(fileProblem(await dryRun(content, filename).expect(422), 'file_unreadable')).toEqual([message]);
      expect(fileProblem(await admin().post('/api/import').attach('file', content, filename).expect(422), 'file_unreadable')).toEqual([message]);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['an empty CSV file', '', 'plan.csv', 'The file is empty. Upload the action plan with a header row and one action per row.'],
      ['a CSV file of blank lines', '\r\n\r\n', 'plan.csv', 'The file is empty. Its first row must be the header row of the template, with one action per row under it.'],
      ['a header row alone', `${HEADERS.join(',')}\r\n,,,\r\n`, 'plan.csv', 'The file has a header row but no actions. Add one action per row under the header row.'],
    ])('refuses %s (400)', async (_what, content, filename, message) => {
      expect(fileProblem(await dryRun(content, filename).expect(400))).toEqual([message]);
    });

    it('refuses an empty workbook (400)', async () => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Actions');
      const content = Buffer.from(await book.xlsx.writeBuffer());
      expect(fileProblem(await dryRun(content, 'plan.xlsx').expect(400))).toEqual([
        'The file is empty. Its first row must be the header row of the template, with one action per row under it.',
      ]);
    });

    it('names the columns the header row lacks, does not know, or has twice', async () => {
      const csv = ['Title,Owner email,Due,Title', 'A,working@steerline.example,2027-01-01,B'].join('\r\n');
      expect(fileProblem(await dryRun(csv, 'plan.csv').expect(400))).toEqual([
        'Column C is headed "Due", which is not a column of the template.',
        'There are two columns headed "Title". Keep one.',
        'The header row must have the columns "Priority number", "Owning body name". Use the template\'s header row.',
      ]);
    });

    it('refuses a value under no header rather than dropping it', async () => {
      expect(fileProblem(await dryRun(`${GOOD_CSV},surprise`, 'plan.csv').expect(400))).toEqual(['Row 2 has a value in column M, which has no header.']);
    });

    it('accepts headers in any order and case, with a required-marking asterisk', async () => {
      const csv = ['owner EMAIL*,Title *,Owning body name,Priority number', 'working@steerline.example,Champions,Internal digital inclusion working group,5'].join('\n');
      const { body } = await dryRun(csv, 'PLAN.CSV').expect(200);
      expect(body).toMatchObject({ valid: true, rows: 1, problems: [], preview: [{ row: 2, title: 'Champions', priority: 5 }] });
    });

    it('asks for a file when none is sent, or it is sent in another field', async () => {
      expect(fileProblem(await admin().post('/api/import/dry-run').expect(400))).toEqual(['Choose a file to upload: an Excel workbook (.xlsx) or a CSV file (.csv).']);
      const other = await admin().post('/api/import/dry-run').attach('upload', Buffer.from(GOOD_CSV), 'plan.csv').expect(400);
      expect(fileProblem(other)[0]).toMatch(/^Send one file as multipart\/form-data in the field "file"/);
    });
  });

  describe('size limits', () => {
    it('accepts a realistic plan far over the JSON body limit (400 rows, about 500 KB)', async () => {
      const row = (n: number) => `,Action number ${n},${'x'.repeat(1200)},5,working@steerline.example,Internal digital inclusion working group,,,,,,`;
      const csv = [HEADERS.join(','), ...Array.from({ length: 400 }, (_, n) => row(n + 1))].join('\r\n');
      expect(csv.length).toBeGreaterThan(450_000);
      const { body } = await dryRun(csv, 'plan.csv').expect(200);
      expect(body).toMatchObject({ valid: true, rows: 400, problems: [] });
      expect(body.preview).toHaveLength(10);
    });

    it('refuses a file over 2 MB (413) with a message about the file', async () => {
      const response = await dryRun(`${GOOD_CSV}\r\n${'x'.repeat(2 * 1024 * 1024)}`, 'plan.csv').expect(413);
      expect(response.body.error).toMatchObject({ code: 'file_too_large', message: 'The file must be smaller than 2 MB.' });
      expect(response.body.error.details).toEqual([{ field: 'file', messages: ['The file must be smaller than 2 MB.'], limit: 'file_bytes', allowed: 2 * 1024 * 1024 }]);
    });

    it('refuses more than 1000 actions in one file', async () => {
      const row = `,Champions,,5,working@steerline.example,Internal digital inclusion working group,,,,,,`;
      const csv = [HEADERS.join(','), ...Array.from({ length: 1001 }, () => row)].join('\r\n');
      expect(fileProblem(await dryRun(csv, 'plan.csv').expect(413), 'file_too_large')).toEqual([
        'The file has more than 1000 actions; at most 1000 can be imported at once. Split it into smaller files.',
      ]);
    });

    it('keeps the small JSON body limit for a JSON request to the same route', async () => {
      const response = await admin().post('/api/import').send({ file: 'x'.repeat(200 * 1024) }).expect(413);
      expect(response.body.error.code).toBe('payload_too_large');
    });
  });
});

