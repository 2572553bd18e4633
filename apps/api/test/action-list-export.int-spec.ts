import { ACTION_EXPORT_COLUMNS, ACTION_STATUS_LABELS, RAG_LABELS, type ActionSummary } from '@steerline/contracts';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const USERS = ['admin', 'leader', 'board', 'working', 'partner'].map((name) => `${name}@steerline.example`);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HYPERLINK = '=HYPERLINK("http://evil.example","Click me")';
const HELPLINE = '+44 helpline, "free", and more\nsecond line';
const ACTIONS = [
  { reference: 'DI-201', title: HYPERLINK, priority: 2, owner: 'working', body: 'internal_working_group', status: 'in_progress', rag: 'red', percent: 35, dueInDays: -3 },
  { reference: 'DI-202', title: HELPLINE, priority: 4, owner: 'leader', body: 'leadership_team', status: 'in_progress', rag: 'amber', percent: 60, dueInDays: 10 },
  { reference: 'DI-203', title: '@SUM(1+1)', priority: 4, owner: 'board', body: 'channel_shift_board', status: 'complete', rag: 'blue', percent: 100, dueInDays: -30 },
  { reference: 'DI-204', title: '-1 day kiosk', priority: 5, owner: 'board', body: 'channel_shift_board', status: 'cancelled', rag: 'amber', percent: 10, dueInDays: 1 },
];

/** The cells a user should see for an action, worked out independently of the API's export code. */
const expectedCells = (action: ActionSummary, escape: (text: string) => string) => [
  action.reference, escape(action.title), escape(`${action.priority.number}. ${action.priority.title}`), action.owner.name, action.owningBody.name,
  ACTION_STATUS_LABELS[action.status], RAG_LABELS[action.rag], action.percentComplete, action.startDate, action.dueDate,
  action.overdue ? 'Yes' : 'No', action.lastUpdateAt?.slice(0, 10) ?? null,
];
const csvEscape = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

describe('exporting the action list', () => {
  let t: TestApp;
  let today: string;
  const agents: Record<string, Agent> = {};
  const board = () => agents['board@steerline.example'];
  const listed = async (query: string) => (await board().get(`/api/actions?pageSize=100&${query}`).expect(200)).body.items as ActionSummary[];
  const csv = async (query: string) => {
    const response = await board().get(`/api/actions/export.csv?${query}`).expect(200);
    return { response, parsed: Papa.parse<string[]>(response.text, { skipEmptyLines: true }) };
  };
  const xlsx = async (query: string) => {
    const response = await board().get(`/api/actions/export.xlsx?${query}`).responseType('blob').expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    return { response, sheet: workbook.getWorksheet('Actions')! };
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.sql(`UPDATE action SET start_date = current_date - 30, due_date = current_date + 100`);
    for (const action of ACTIONS) {
      await t.sql(
        `INSERT INTO action (strategy_id, reference, title, priority_id, owner_id, owning_body_id, start_date, due_date, status, rag, percent_complete)
         SELECT s.id, $1, $2, (SELECT id FROM priority WHERE number = $3), (SELECT id FROM app_user WHERE email = $4 || '@steerline.example'),
           (SELECT id FROM body WHERE kind = $5), current_date - 60, current_date + $6::int, $7, $8, $9
         FROM strategy s`,
        [action.reference, action.title, action.priority, action.owner, action.body, action.dueInDays, action.status, action.rag, action.percent],
      );
    }
    await t.sql(
      `INSERT INTO progress_update (action_id, author_id, created_at, commentary, rag, percent_complete, problem, corrective_action)
       SELECT a.id, a.owner_id, now() - interval '1 day', 'Behind', 'red', 35, 'Late', 'Chasing' FROM action a WHERE a.reference = 'DI-201'`,
    );
    [{ today }] = await t.sql<{ today: string }>(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    for (const email of USERS) agents[email] = await t.signIn(email);
  });
  afterAll(() => t.close());

  it('downloads every matching action as CSV, the same rows as the list', async () => {
    const { response, parsed } = await csv('');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="steerline-actions-${today}.csv"`);
    expect(response.text.charCodeAt(0)).toBe(0xfeff); // so that Excel reads it as UTF-8
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...ACTION_EXPORT_COLUMNS]);
    const actions = await listed('');
    expect(actions.map((action) => action.reference)).toEqual(['DI-001', 'DI-002', 'DI-003', 'DI-201', 'DI-202', 'DI-203']);
    expect(rows).toEqual(actions.map((action) => expectedCells(action, csvEscape).map((cell) => (cell === null ? '' : String(cell)))));
  });

  it('keeps CSV cells that start like a formula as text, with a leading apostrophe', async () => {
    const { parsed } = await csv('status=complete,cancelled,in_progress&sort=reference');
    const titles = Object.fromEntries(parsed.data.slice(1).map((row) => [row[0], row[1]]));
    expect(titles).toMatchObject({ 'DI-201': `'${HYPERLINK}`, 'DI-202': `'${HELPLINE}`, 'DI-203': "'@SUM(1+1)", 'DI-204': "'-1 day kiosk" });
    expect(titles['DI-001']).toBe('Get online Tuesdays at The Forum');
    const helpline = parsed.data.find((row) => row[0] === 'DI-202')!;
    expect(helpline.slice(7, 11)).toEqual(['60', expect.any(String), expect.any(String), 'No']);
  });

  it('applies the list filters and sort to the CSV', async () => {
    const query = 'rag=red,amber&sort=dueDate&direction=desc';
    const { parsed } = await csv(query);
    const actions = await listed(query);
    expect(actions.map((action) => action.reference)).toEqual(['DI-002', 'DI-202', 'DI-201']);
    expect(parsed.data.slice(1).map((row) => row[0])).toEqual(['DI-002', 'DI-202', 'DI-201']);
    expect(parsed.data.find((row) => row[0] === 'DI-201')![10]).toBe('Yes');
  });

  it('downloads the same list as an Excel workbook with a bold, frozen header and real dates', async () => {
    const query = 'status=in_progress,complete&sort=priority&direction=desc';
    const { response, sheet } = await xlsx(query);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="steerline-actions-${today}.xlsx"`);
    expect(sheet.getRow(1).values).toEqual([undefined, ...ACTION_EXPORT_COLUMNS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.columns.every((column) => (column.width ?? 0) >= 10)).toBe(true);

    const actions = await listed(query);
    expect(actions.map((action) => action.reference)).toEqual(['DI-002', 'DI-202', 'DI-203', 'DI-201', 'DI-001']);
    expect(sheet.rowCount).toBe(actions.length + 1);
    const toDate = (iso: string | null) => (iso === null ? undefined : new Date(`${iso}T00:00:00Z`));
    actions.forEach((action, index) => {
      const cells = (sheet.getRow(index + 2).values as unknown[]).slice(1);
      const expected = expectedCells(action, (text) => text);
      expect(cells).toEqual([...expected.slice(0, 8), toDate(action.startDate), toDate(action.dueDate), expected[10], toDate(action.lastUpdateAt?.slice(0, 10) ?? null)]);
    });
    const hyperlink = sheet.getRow(5);
    expect(hyperlink.getCell(1).value).toBe('DI-201');
    expect(hyperlink.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(hyperlink.getCell(2).value).toBe(HYPERLINK);
    expect(hyperlink.getCell(10).value).toBeInstanceOf(Date);
    expect(hyperlink.getCell(12).value).toBeInstanceOf(Date);
    expect(hyperlink.getCell(8).value).toBe(35);
  });

  it.each(USERS)('lets %s download both files', async (email) => {
    await agents[email].get('/api/actions/export.csv').expect(200);
    await agents[email].get('/api/actions/export.xlsx').responseType('blob').expect(200);
  });

  it.each(['csv', 'xlsx'])('refuses anonymous callers of the %s export with 401', async (extension) => {
    expect((await t.http.get(`/api/actions/export.${extension}`).expect(401)).body.error.code).toBe('unauthenticated');
  });

  it.each([
    ['page=2', 'page'],
    ['pageSize=10', 'pageSize'],
    ['sort=colour', 'sort'],
    ['owner=someone', 'owner'],
  ])('refuses %s on an export with 400', async (query, field) => {
    for (const extension of ['csv', 'xlsx']) {
      const response = await board().get(`/api/actions/export.${extension}?${query}`).expect(400);
      expect(response.body.error).toMatchObject({ code: 'validation_failed', details: [{ field }] });
    }
  });
});
