import { ACTION_STATUSES, ACTION_STATUS_LABELS, RAGS, RAG_LABELS, type CorporatePlanReport } from '@steerline/contracts';
import { CorporatePlanReportBuilder } from '../src/reviews/reports/corporate-plan-report.builder.js';
import { DataSource } from 'typeorm';
import { downloadAll, type ReportDownloads } from './support/report-downloads.js';
import { csvRecords, docxPart, docxParagraphs, docxTable, htmlTable, pdfInfo, pdfText, xlsxByOpenpyxl, xlsxProperties, xlsxSheets } from './support/report-readers.js';
import { FORMULA_TITLE, SCRIPT_TITLE, firstCycle } from './support/report-scenario.js';
import { signOffCycle } from './support/review-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const SIGNED_OFF_AT = new Date('2026-10-15T10:00:00Z');
const RAG_CAPTION = 'RAG rating by priority';

/** Counts per priority number ("total" for all priorities), in the order of the labels (RAG ratings or statuses). */
type Counts = Record<string, number[]>;
interface Measure { caption: string; next: string; labels: string[]; column: 'RAG' | 'Status'; key: (row: CorporatePlanReport['total']) => number[] }
const RAG_MEASURE: Measure = {
  caption: RAG_CAPTION, next: 'Movement since the previous review', labels: RAGS.map((rag) => RAG_LABELS[rag]), column: 'RAG',
  key: (row) => RAGS.map((rag) => row.rag[rag].count),
};
const STATUS_MEASURE: Measure = {
  caption: 'Status by priority', next: RAG_CAPTION, labels: ACTION_STATUSES.map((status) => ACTION_STATUS_LABELS[status]), column: 'Status',
  key: (row) => ACTION_STATUSES.map((status) => row.status[status].count),
};

const priorityKey = (label: string) => (label.startsWith('All priorities') ? 'total' : label.split('.')[0]);
const countsIn = (cells: string[]) => cells.map((cell) => /^(\d+) \(\d+\.\d%\)$/.exec(cell)).filter(Boolean).map((match) => Number(match![1]));

const fromJson = (report: CorporatePlanReport, measure: Measure): Counts =>
  Object.fromEntries([...report.summary, report.total].map((row) => [row.priority ? String(row.priority.number) : 'total', measure.key(row)]));

const fromHtml = (html: string, measure: Measure): Counts =>
  Object.fromEntries(htmlTable(html, measure.caption).slice(1).map((row) => [priorityKey(row.cells[0]), countsIn(row.cells)]));

const fromDocx = (docx: Buffer, measure: Measure): Counts =>
  Object.fromEntries(docxTable(docxPart(docx, 'word/document.xml'), measure.caption).slice(1).map((row) => [priorityKey(row.cells[0]), countsIn(row.cells)]));

/** pdftotext -layout keeps each table row's first line (label start plus every count) on one line. */
function fromPdf(pdf: Buffer, measure: Measure): Counts {
  const text = pdfText(pdf).replace(/\f/g, '');
  const start = text.indexOf(measure.caption);
  const section = text.slice(start, text.indexOf(measure.next, start + measure.caption.length));
  const rows = section.split('\n').filter((line) => /^(\d\. |All priorities)/.test(line));
  return Object.fromEntries(rows.map((line) => [priorityKey(line), [...line.matchAll(/(\d+) \(\d+\.\d%\)/g)].map((match) => Number(match[1]))]));
}

async function fromXlsx(xlsx: Buffer, measure: Measure): Promise<Counts> {
  const [, header, ...rows] = (await xlsxSheets(xlsx)).Summary;
  const columns = measure.labels.map((label) => header.indexOf(label));
  return Object.fromEntries(rows.map((row) => [row[0] === null || row[0] === undefined ? 'total' : String(row[0]), columns.map((column) => row[column] as number)]));
}

function fromCsv(csv: Buffer, measure: Measure, priorities: number[]): Counts {
  const records = csvRecords(csv.toString('utf8'));
  const count = (rows: Record<string, string>[]) => measure.labels.map((label) => rows.filter((row) => row[measure.column] === label).length);
  return {
    ...Object.fromEntries(priorities.map((number) => [String(number), count(records.filter((row) => row['Priority number'] === String(number)))])),
    total: count(records),
  };
}

describe('the Corporate Plan report of a review cycle', () => {
  let t: TestApp;
  let cycleId: string;
  let draft: ReportDownloads;
  let signed: ReportDownloads;
  let regenerated: ReportDownloads;

  beforeAll(async () => {
    // Every format is downloaded three times over by one person here; the per-person limit is tested in slow-clients.
    t = await createTestApp({ EXPORTS_PER_MINUTE: '100' });
    cycleId = await firstCycle(t);
    const leader = await t.signIn('leader@steerline.example');
    draft = await downloadAll(leader, cycleId);
    await signOffCycle(t, cycleId, SIGNED_OFF_AT);
    signed = await downloadAll(leader, cycleId);
    // The actions move on after sign-off: a progress update through the API, edits, a cancellation and a new target.
    const board = await t.signIn('board@steerline.example');
    const [{ id: di003 }] = await t.sql<{ id: string }>(`SELECT id FROM action WHERE reference = 'DI-003'`);
    await board
      .post(`/api/actions/${di003}/updates`)
      .send({ commentary: 'Started late', rag: 'red', percentComplete: 5, problem: 'No trainers', correctiveAction: 'Hiring' })
      .expect(201);
    await t.sql(`UPDATE action SET title = 'Renamed drop-ins', rag = 'red', percent_complete = 90, version = version + 1 WHERE reference = 'DI-001'`);
    await t.sql(`UPDATE action SET status = 'cancelled', cancelled_reason = 'Merged', version = version + 1 WHERE reference = 'DI-002'`);
    await t.sql(`UPDATE measure SET target = 900`);
    regenerated = await downloadAll(leader, cycleId);
  });
  afterAll(() => t.close());

  describe('content', () => {
    it('takes status and RAG from submitted or accepted returns, and the action\'s own values otherwise', () => {
      const byReference = Object.fromEntries(draft.json.actions.map((action) => [action.reference, action]));
      expect(byReference['DI-001']).toMatchObject({ status: 'in_progress', rag: 'amber', returnStatus: 'accepted', narrative: expect.stringContaining('monthly') });
      expect(byReference['DI-002']).toMatchObject({ rag: 'green', returnStatus: 'submitted', narrative: 'Cards printed.' });
      expect(byReference['DI-003']).toMatchObject({ status: 'not_started', rag: 'grey', returnStatus: 'not_started' });
      // Sent back: the return does not count yet, so the live red rating and the latest update's reason are reported.
      expect(byReference['DI-004']).toMatchObject({ rag: 'red', returnStatus: 'sent_back', narrative: '', ragReason: 'The venue closed', correctiveAction: 'Finding a new venue' });
      expect(byReference['DI-005']).toMatchObject({ status: 'complete', rag: 'blue', returnStatus: 'accepted' });
      expect(draft.json.actions.map((action) => action.reference)).toEqual(['DI-001', 'DI-005', 'DI-003', 'DI-004', 'DI-002']);
    });

    it('counts status and RAG per priority and in total, with percentages to one decimal place', () => {
      const { total, summary } = draft.json;
      expect(total.actions).toBe(5);
      expect(RAGS.map((rag) => total.rag[rag])).toEqual(RAGS.map(() => ({ count: 1, percent: 20 })));
      expect(total.status).toEqual({
        not_started: { count: 1, percent: 20 }, in_progress: { count: 3, percent: 60 }, complete: { count: 1, percent: 20 }, cancelled: { count: 0, percent: 0 },
      });
      expect(summary.map((row) => [row.priority?.number, row.actions])).toEqual([[1, 2], [2, 2], [3, 0], [4, 0], [5, 0], [6, 1]]);
      expect(summary[0].rag.amber).toEqual({ count: 1, percent: 50 });
      expect(summary[5].rag.green).toEqual({ count: 1, percent: 100 });
      expect(total.movement).toEqual({ improved: 0, worse: 0, same: 0, new: 5 });
      expect(draft.json.previousCycle).toBeNull();
    });

    it('lists red and amber actions with reason, corrective action and revised date', () => {
      expect(draft.json.exceptions.map((action) => [action.reference, action.rag, action.ragReason, action.correctiveAction, action.revisedDate])).toEqual([
        ['DI-001', 'amber', 'Volunteer numbers fell', 'Recruiting Digital Eagles', '2027-06-30'],
        ['DI-004', 'red', 'The venue closed', 'Finding a new venue', '2026-12-31'],
      ]);
    });

    it('lists the escalations raised in the period with their decisions, not those raised after it', () => {
      expect(draft.json.escalations).toEqual([
        {
          actionReference: 'DI-001', raisedAt: '2026-06-15', problem: 'Not enough volunteers', decisionSought: 'Fund two paid tutors', status: 'agreed',
          decision: 'agreed', decisionText: 'Fund two tutors until March', decidedAt: '2026-07-01',
        },
      ]);
    });

    it('gives measures with target and the return\'s actual, amendments in words, and very-low-propensity coverage', () => {
      const di001 = draft.json.actions.find((action) => action.reference === 'DI-001')!;
      expect(di001.measures).toEqual([{ name: 'People helped at drop-ins', unit: 'people', target: 500, actual: 320 }]);
      expect(di001.amendments).toEqual([{ kind: 'due_date', change: 'Due date 2027-06-30', reason: 'Central government guidance changed', applied: false }]);
      expect(draft.json.coverage).toEqual([
        { segment: 'Elderly people reliant on state support', householdShare: 13, actions: 2, redOrAmber: 1 },
        { segment: 'Lower income workers in urban terraces in often diverse areas', householdShare: 11, actions: 1, redOrAmber: 0 },
        { segment: 'Young people renting flats in high density social housing', householdShare: 10, actions: 2, redOrAmber: 1 },
        { segment: 'Families in low-rise social housing with high levels of benefit need', householdShare: 9, actions: 1, redOrAmber: 0 },
      ]);
    });
  });

  describe('formats', () => {
    it('serves each download with its type, an attachment file name and its length', () => {
      const types = { html: 'text/html; charset=utf-8', pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' };
      for (const [format, type] of Object.entries(types)) {
        expect(draft.headers[format]['content-type']).toBe(type);
        expect(draft.headers[format]['content-disposition']).toBe(`attachment; filename="corporate-plan-april-to-september-2026-draft.${format}"`);
        expect(signed.headers[format]['content-disposition']).toBe(`attachment; filename="corporate-plan-april-to-september-2026.${format}"`);
        expect(Number(draft.headers[format]['content-length'])).toBe(draft[format as 'pdf'].length);
      }
    });

    it('renders an accessible, escaped HTML document locked down by its own Content-Security-Policy', () => {
      const html = signed.html.toString('utf8');
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
      expect(html).toContain('<title>Corporate Plan report: April to September 2026</title>');
      expect(html.match(/<h1>/g)).toHaveLength(1);
      expect([...html.matchAll(/<h2 id="section-\d">([^<]+)<\/h2>/g)].map((match) => match[1])).toEqual([
        'Summary by priority', 'Movement since the previous review', 'Red and amber actions', 'Escalations and decisions',
        'Coverage of very-low-propensity segments', 'Evidence', 'Returns',
      ]);
      const table = htmlTable(html, RAG_CAPTION);
      expect(table[0].headerScopes).toEqual(Array(7).fill('col'));
      expect(table[1].headerScopes).toEqual(['row']);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<b>attendance');
      expect(htmlTable(html, 'Returns by action').find((row) => row.cells[0] === 'DI-004')!.cells[1]).toBe(SCRIPT_TITLE);
      const csp = signed.headers.html['content-security-policy'];
      expect(csp).toContain("default-src 'none'");
      expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toContain('unsafe-inline');
    });

    it('renders a tagged PDF with title, language, headings and the RAG counts', () => {
      const info = pdfInfo(signed.pdf);
      expect(info.Tagged).toBe('yes');
      expect(info.Title).toBe('Corporate Plan report: April to September 2026');
      expect(info.CreationDate).toContain('2026');
      const raw = signed.pdf.toString('latin1');
      expect(raw).toContain('/Lang (en-GB)');
      expect(raw).toContain('/DisplayDocTitle true');
      for (const tag of ['/H1', '/H2', '/H3', '/Table', '/TH', '/TD']) expect(raw).toContain(`/S ${tag}`);
      expect(raw).toMatch(/\/O \/Table\s*\/Scope \/Column/);
      const text = pdfText(signed.pdf);
      for (const heading of ['Corporate Plan report: April to September 2026', 'Summary by priority', 'Red and amber actions', 'Escalations and decisions', 'Returns']) {
        expect(text).toContain(heading);
      }
      expect(fromPdf(signed.pdf, RAG_MEASURE).total).toEqual([1, 1, 1, 1, 1]);
      // Each action's return, printed as a record.
      expect(text).toContain('DI-001 Get online Tuesdays at The Forum');
      expect(text).toContain('Progress and next steps: Drop-ins ran monthly; <b>attendance</b> dipped in August.');
      expect(text).toContain('Measures (actual of target): People helped at drop-ins: 320 of 500 people');
    });

    it('renders Word headings with heading styles and tables with a header row', () => {
      const xml = docxPart(signed.docx, 'word/document.xml');
      const paragraphs = docxParagraphs(xml);
      expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Corporate Plan report: April to September 2026']);
      expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain('Red and amber actions');
      const table = docxTable(xml, 'Actions rated red or amber');
      expect(table[0]).toEqual({ header: true, cells: ['Action', 'Title', 'RAG', 'Reason', 'Corrective action', 'Revised date'] });
      expect(table.slice(1).map((row) => row.cells)).toEqual([
        ['DI-001', 'Get online Tuesdays at The Forum', 'Amber', 'Volunteer numbers fell', 'Recruiting Digital Eagles', '30 June 2027'],
        ['DI-004', SCRIPT_TITLE, 'Red', 'The venue closed', 'Finding a new venue', '31 December 2026'],
      ]);
      expect(docxPart(signed.docx, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-15T10:00:00Z</dcterms:created>');
    });

    it('renders one Excel sheet per section with numbers as numbers and a fixed date', async () => {
      const sheets = await xlsxSheets(signed.xlsx);
      expect(Object.keys(sheets)).toEqual(['Summary', 'Movement', 'Exceptions', 'Escalations', 'Returns', 'Measures', 'Coverage', 'Evidence']);
      const total = sheets.Summary.find((row) => row[1] === 'All priorities')!;
      expect(total[2]).toBe(5);
      expect(sheets.Summary[1].slice(0, 5)).toEqual(['Priority number', 'Priority', 'Actions', 'Not started', 'Not started %']);
      expect(total.slice(3, 5)).toEqual([1, 20]);
      expect(sheets.Measures[2]).toEqual(['DI-001', 'People helped at drop-ins', 'people', 500, 320]);
      expect(sheets.Exceptions.slice(2).map((row) => row[0])).toEqual(['DI-001', 'DI-004']);
      expect(sheets.Escalations[2].slice(0, 1)).toEqual(['DI-001']);
      expect(sheets.Coverage[2]).toEqual(['Elderly people reliant on state support', 13, 2, 1]);
      expect(sheets.Returns.find((row) => row[0] === 'DI-005')![1]).toBe(FORMULA_TITLE);
      const properties = await xlsxProperties(signed.xlsx);
      expect(properties.created.toISOString()).toBe(SIGNED_OFF_AT.toISOString());
    });

    it('gives every Excel sheet a printed header and footer that a second reader (openpyxl) parses without a warning', () => {
      const { warnings, sheets } = xlsxByOpenpyxl(draft.xlsx);
      expect(warnings).toEqual([]);
      expect(Object.keys(sheets)).toEqual(['Summary', 'Movement', 'Exceptions', 'Escalations', 'Returns', 'Measures', 'Coverage', 'Evidence']);
      for (const sheet of Object.values(sheets)) {
        expect(sheet.header.center).toBe(sheet.title);
        expect(sheet.header.center).toContain('DRAFT');
        expect(sheet.footer).toEqual({ left: 'Steerline', center: null, right: 'Page &P of &N' });
      }
      expect(xlsxByOpenpyxl(signed.xlsx).sheets.Summary.header.center).toBe('Corporate Plan report: April to September 2026. Signed off.');
    });

    it('renders a CSV row per action, with formula-like text kept as text', () => {
      const records = csvRecords(signed.csv.toString('utf8'));
      expect(records.map((row) => row.Action)).toEqual(['DI-001', 'DI-005', 'DI-003', 'DI-004', 'DI-002']);
      expect(records.find((row) => row.Action === 'DI-005')!.Title).toBe(`'${FORMULA_TITLE}`);
      expect(records[0]).toMatchObject({ RAG: 'Amber', Movement: 'New', Return: 'Accepted', Reason: 'Volunteer numbers fell', 'Revised date': '2027-06-30' });
    });

    it.each([
      ['RAG rating', RAG_MEASURE, [1, 1, 1, 1, 1]],
      ['status', STATUS_MEASURE, [1, 3, 1, 0]],
    ])('agrees on the %s counts per priority in all five formats', async (_, measure, total) => {
      const expected = fromJson(signed.json, measure);
      expect(expected.total).toEqual(total);
      expect(fromHtml(signed.html.toString('utf8'), measure)).toEqual(expected);
      expect(fromPdf(signed.pdf, measure)).toEqual(expected);
      expect(fromDocx(signed.docx, measure)).toEqual(expected);
      expect(await fromXlsx(signed.xlsx, measure)).toEqual(expected);
      expect(fromCsv(signed.csv, measure, [1, 2, 3, 4, 5, 6])).toEqual(expected);
    });
  });

  describe('draft and sign-off', () => {
    it('marks every format as a draft until the cycle is signed off', async () => {
      expect(draft.json).toMatchObject({ draft: true, cycle: { status: 'open', signedOffAt: null, signedOffBy: null } });
      expect(draft.html.toString('utf8')).toContain('<p class="draft" role="note">DRAFT: this review cycle is not signed off');
      expect(pdfText(draft.pdf)).toContain('DRAFT: this review cycle is not signed off');
      expect(pdfInfo(draft.pdf).Title).toBe('Draft: Corporate Plan report: April to September 2026');
      expect(docxPart(draft.docx, 'word/header1.xml')).toContain('DRAFT');
      const headerId = /<w:headerReference w:type="default" r:id="(\w+)"/.exec(docxPart(draft.docx, 'word/document.xml'))![1];
      expect(docxPart(draft.docx, 'word/_rels/document.xml.rels')).toContain(`Id="${headerId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"`);
      expect(String((await xlsxSheets(draft.xlsx)).Summary[0][0])).toContain('DRAFT');
      expect(new Set(csvRecords(draft.csv.toString('utf8')).map((row) => row.Report))).toEqual(new Set(['Draft']));
    });

    it('reads as signed off, without the draft mark, once signed off', async () => {
      expect(signed.json).toMatchObject({ draft: false, cycle: { status: 'signed_off', signedOffAt: SIGNED_OFF_AT.toISOString(), signedOffBy: 'Lesley Leader' } });
      expect(signed.html.toString('utf8')).not.toContain('DRAFT');
      expect(signed.html.toString('utf8')).toContain('Status: Signed off on 15 October 2026 by Lesley Leader');
      expect(pdfText(signed.pdf)).not.toContain('DRAFT');
      expect(docxPart(signed.docx, 'word/document.xml')).not.toContain('DRAFT');
      expect(String((await xlsxSheets(signed.xlsx)).Summary[0][0])).not.toContain('DRAFT');
      expect(new Set(csvRecords(signed.csv.toString('utf8')).map((row) => row.Report))).toEqual(new Set(['Signed off']));
    });

    it('comes out identical after the actions have moved on, because it is read from the snapshot', async () => {
      const live = await t.app.get(DataSource).transaction((manager) => t.app.get(CorporatePlanReportBuilder).build(manager, cycleId));
      expect(live.actions.find((action) => action.reference === 'DI-001')!.title).toBe('Renamed drop-ins'); // the live data did change
      expect(regenerated.json).toEqual(signed.json);
      expect(regenerated.pdf.equals(signed.pdf)).toBe(true);
      expect(regenerated.csv.equals(signed.csv)).toBe(true);
      expect(regenerated.html.equals(signed.html)).toBe(true);
      expect(await xlsxSheets(regenerated.xlsx)).toEqual(await xlsxSheets(signed.xlsx));
      expect(await xlsxProperties(regenerated.xlsx)).toEqual(await xlsxProperties(signed.xlsx));
      for (const part of ['word/document.xml', 'docProps/core.xml']) expect(docxPart(regenerated.docx, part)).toBe(docxPart(signed.docx, part));
      expect(regenerated.html.toString('utf8')).toContain('Get online Tuesdays at The Forum');
      expect(regenerated.html.toString('utf8')).not.toContain('Renamed drop-ins');
    });
  });
});
