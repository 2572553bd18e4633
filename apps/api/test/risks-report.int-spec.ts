import { BOARD, demoIds, LEADER } from './support/demo.js';
import { downloadAll } from './support/report-downloads.js';
import { csvRecords, docxPart, docxTable, htmlTable, pdfText, xlsxSheets } from './support/report-readers.js';
import { createReviewFlow } from './support/review-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Risks at or above RISK_REPORT_THRESHOLD in the Corporate Plan report: the same risks and numbers in all five formats. */
describe('risks in the Corporate Plan report', () => {
  let t: TestApp;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ RISK_REPORT_THRESHOLD: '12' });
    ids = await demoIds(t);
  }, 60_000);
  afterAll(() => t.close());

  it('lists each risk scored 12 or more with its ratings, level, owner and actions, and leaves the lower ones out', async () => {
    const board = await t.signIn(BOARD);
    const risk = (title: string, likelihood: number, impact: number, actionIds: string[]) =>
      board.post('/api/risks').send({
        title, cause: 'A cause', effect: 'An effect', ownerId: ids[BOARD], likelihood, impact, targetScore: 4, reviewDate: '2027-01-31',
        actionIds, priorityIds: [], mitigations: [],
      }).expect(201).then((response) => response.body as { reference: string });
    const venue = await risk('The Forum withdraws drop-in space', 4, 4, [ids['DI-001']]);
    const funding = await risk('Volunteer funding ends', 3, 4, []);
    const minor = await risk('Leaflet printer delays', 2, 3, [ids['DI-001']]);

    const cycle = await createReviewFlow(t, ids).then((flow) => flow.inProgress('open'));
    const report = await downloadAll(await t.signIn(LEADER), cycle.id);
    expect(report.json.riskThreshold).toBe(12);
    expect(report.json.risks).toEqual([
      { reference: venue.reference, title: 'The Forum withdraws drop-in space', owner: 'Bola Board', likelihood: 4, impact: 4, score: 16, targetScore: 4, status: 'open', reviewDate: '2027-01-31', actions: ['DI-001'] },
      { reference: funding.reference, title: 'Volunteer funding ends', owner: 'Bola Board', likelihood: 3, impact: 4, score: 12, targetScore: 4, status: 'open', reviewDate: '2027-01-31', actions: [] },
    ]);

    const expected = [
      [venue.reference, 'The Forum withdraws drop-in space', 'Bola Board', '4', '4', '16', 'High', '4', 'Open', '31 January 2027', 'DI-001'],
      [funding.reference, 'Volunteer funding ends', 'Bola Board', '3', '4', '12', 'High', '4', 'Open', '31 January 2027', 'None'],
    ];
    expect(htmlTable(report.html.toString('utf8'), 'Risks at or above the threshold').filter((row) => !row.headerScopes.includes('col')).map((row) => row.cells)).toEqual(expected);
    expect(docxTable(docxPart(report.docx, 'word/document.xml'), 'Risks at or above the threshold').filter((row) => !row.header).map((row) => row.cells)).toEqual(expected);
    const pdf = pdfText(report.pdf).replace(/\s+/g, ' ');
    expect(pdf).toContain('Risks at or above the threshold');
    expect(pdf).toContain('The Forum withdraws drop-in space');
    expect(pdf).not.toContain('Leaflet printer delays');
    expect((await xlsxSheets(report.xlsx)).Risks.slice(-2)).toEqual([
      [venue.reference, 'The Forum withdraws drop-in space', 'Bola Board', 4, 4, 16, 4, 'Open', expect.any(Date), 'DI-001'],
      [funding.reference, 'Volunteer funding ends', 'Bola Board', 3, 4, 12, 4, 'Open', expect.any(Date)],
    ]);
    const rows = csvRecords(report.csv.toString('utf8'));
    expect(rows.find((row) => row.Action === 'DI-001')!.Risks).toBe(`${venue.reference} (score 16)`);
    expect(rows.find((row) => row.Action === 'DI-002')!.Risks).toBe('');
    for (const format of [report.html.toString('utf8'), docxPart(report.docx, 'word/document.xml'), report.csv.toString('utf8')]) {
      expect(format).not.toContain(minor.reference);
    }
  });
});
