import type { CorporatePlanReport } from '@steerline/contracts';
import PDFDocument from 'pdfkit';
import { DRAFT_NOTICE, reportIntro, reportSections, reportTitle, type TableModel } from './report-tables.js';

type Doc = InstanceType<typeof PDFDocument>;
type StructElement = ReturnType<Doc['struct']>;
type TaggedElement = { dictionary: { data: Record<string, unknown> } };

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/**
 * Widths remembered per font, size and text. pdfkit measures each word glyph by glyph, with a string key per kerning
 * pair, every time it lays out a line; a 5,000-action report measures the same words thousands of times.
 */
function rememberWidths(doc: Doc): void {
  const measure = doc.widthOfString.bind(doc);
  const state = doc as unknown as { _font: { name: string }; _fontSize: number };
  const widths = new Map<string, number>();
  doc.widthOfString = (text: string, options?: Parameters<Doc['widthOfString']>[1]) => {
    if (options?.characterSpacing || options?.wordSpacing || options?.features) return measure(text, options);
    const key = `${state._font.name}\u0000${state._fontSize}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) widths.set(key, (width = measure(text, options)));
    return width;
  };
}

/** A faint diagonal "DRAFT" across the page, marked as an artifact so screen readers skip it. */
function drawWatermark(doc: Doc): void {
  const { x, y } = doc;
  // Pages are added in the middle of text and tables: put the font back as it was, as pdfkit's own tables do.
  const state = doc as unknown as { _fontSource: string; _fontFamily: string; _fontSize: number };
  const font = { source: state._fontSource, family: state._fontFamily, size: state._fontSize };
  doc.markContent('Artifact', { type: 'Pagination' });
  doc.save();
  doc.rotate(-30, { origin: [doc.page.width / 2, doc.page.height / 2] });
  doc.font(BOLD).fontSize(120).fillColor('#d4351c').fillOpacity(0.12);
  doc.text('DRAFT', 0, doc.page.height / 2 - 60, { width: doc.page.width, align: 'center', lineBreak: false });
  doc.restore();
  doc.endMarkedContent();
  doc.fillColor('black').fillOpacity(1);
  if (font.source) doc.font(font.source, font.family, font.size);
  doc.x = x;
  doc.y = y;
}

/** Keeps a heading or a table's caption and header row with what follows, rather than alone at the foot of a page. */
function keepWithNext(doc: Doc, room: number): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - room) doc.addPage();
}

function heading(doc: Doc, document: StructElement, level: 'H1' | 'H2', text: string): void {
  if (level === 'H2') keepWithNext(doc, 150);
  doc.moveDown(level === 'H1' ? 0 : 1);
  doc.font(BOLD).fontSize(level === 'H1' ? 20 : 15).text(text, { structParent: document, structType: level });
  doc.moveDown(0.4);
}

function paragraph(doc: Doc, document: StructElement, text: string, bold = false): void {
  doc.font(bold ? BOLD : FONT).fontSize(10).text(text, { structParent: document, structType: 'P' });
  doc.moveDown(0.3);
}

const PAD = 3;
const CELL_FONT_SIZE = 8;

/** Column widths in proportion to the longest text in each column (a sample of rows is enough), within limits. */
function columnWidths(doc: Doc, model: TableModel): number[] {
  const sample = model.rows.slice(0, 200);
  const weights = model.headers.map((header, index) =>
    Math.min(40, Math.max(6, header.length, ...sample.map((row) => Math.min(row[index]?.length ?? 0, 60) / 1.5))),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const available = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  return weights.map((weight) => (weight / total) * available);
}

/** A cell's height: one line when the text fits (cheap to know), else laid out by pdfkit. */
function cellHeight(doc: Doc, text: string, width: number): number {
  if (text === '') return doc.currentLineHeight(true);
  if (!text.includes('\n') && doc.widthOfString(text) <= width) return doc.currentLineHeight(true);
  return doc.heightOfString(text, { width });
}

/**
 * A table drawn row by row and tagged Table > TR > TH/TD, the header cells scoped to their column or row.
 * (pdfkit's own table is far too slow for a cycle of thousands of actions.) The header row repeats on each new page.
 */
function table(doc: Doc, document: StructElement, model: TableModel): void {
  keepWithNext(doc, 100);
  paragraph(doc, document, model.caption, true);
  const tableStruct = doc.struct('Table');
  document.add(tableStruct);
  const widths = columnWidths(doc, model);
  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const drawRow = (cells: string[], header: boolean): void => {
    const heights = cells.map((text, index) => {
      doc.font(header || index === 0 ? BOLD : FONT).fontSize(CELL_FONT_SIZE);
      return cellHeight(doc, text, widths[index] - 2 * PAD);
    });
    const height = Math.max(...heights) + 2 * PAD;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!header) drawRow(model.headers, true);
    }
    const top = doc.y;
    const row = doc.struct('TR');
    tableStruct.add(row);
    let x = left;
    cells.forEach((text, index) => {
      const type = header || index === 0 ? 'TH' : 'TD';
      const width = widths[index];
      const cellX = x;
      const cell = doc.struct(type, {}, () => {
        doc.font(type === 'TH' ? BOLD : FONT).fontSize(CELL_FONT_SIZE);
        doc.text(text, cellX + PAD, top + PAD, { width: width - 2 * PAD, height: bottom() - top - PAD });
      });
      // Plain strings become PDF names: << /O /Table /Scope /Column >>.
      if (type === 'TH') (cell as unknown as TaggedElement).dictionary.data.A = { O: 'Table', Scope: header ? 'Column' : 'Row' };
      row.add(cell);
      cell.end();
      x += width;
    });
    row.end();
    doc.markContent('Artifact');
    doc.moveTo(left, top + height).lineTo(x, top + height).lineWidth(0.5).strokeColor('#b1b4b6').stroke();
    doc.endMarkedContent();
    doc.x = left;
    doc.y = top + height;
  };
  drawRow(model.headers, true);
  for (const cells of model.rows) drawRow(cells, false);
  tableStruct.end();
  doc.font(FONT).fontSize(10);
  doc.moveDown(0.8);
}

/**
 * Each row as a record: an H3 naming it (first two cells), then one paragraph of "Header: value" lines. For a cycle of
 * thousands of actions this keeps the PDF quick to make and light in memory; the numbers are in the summary tables.
 */
function records(doc: Doc, document: StructElement, model: TableModel): void {
  paragraph(doc, document, model.caption, true);
  for (const [reference, title, ...rest] of model.rows) {
    keepWithNext(doc, 60);
    doc.font(BOLD).fontSize(11).text(`${reference} ${title}`, { structParent: document, structType: 'H3' });
    const lines = rest.map((value, index) => (value ? `${model.headers[index + 2]}: ${value}` : '')).filter(Boolean);
    doc.font(FONT).fontSize(9).text(lines.join('\n'), { structParent: document, structType: 'P' });
    doc.moveDown(0.5);
  }
}

/**
 * A tagged PDF (PDF/UA-style structure: H1, H2, P, Table with TH header cells), with title, language and
 * DisplayDocTitle. Dated by the sign-off, so a signed-off cycle's PDF comes out byte for byte the same every time.
 */
export function reportToPdf(report: CorporatePlanReport, generatedAt: Date): Promise<Buffer> {
  const title = reportTitle(report);
  const date = report.cycle.signedOffAt ? new Date(report.cycle.signedOffAt) : generatedAt;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 40,
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: report.draft ? `Draft: ${title}` : title,
      Subject: `${report.strategyTitle}: review of ${report.cycle.periodStart} to ${report.cycle.periodEnd}`,
      Author: 'Steerline',
      Creator: 'Steerline',
      Producer: 'Steerline',
      CreationDate: date,
      ModDate: date,
    },
  });
  rememberWidths(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (report.draft) {
    drawWatermark(doc);
    doc.on('pageAdded', () => drawWatermark(doc));
  }
  const document = doc.struct('Document');
  doc.addStructure(document);
  heading(doc, document, 'H1', title);
  if (report.draft) paragraph(doc, document, DRAFT_NOTICE, true);
  for (const line of reportIntro(report)) paragraph(doc, document, line);
  for (const section of reportSections(report)) {
    heading(doc, document, 'H2', section.heading);
    if (section.intro) paragraph(doc, document, section.intro);
    if (section.empty) paragraph(doc, document, section.empty);
    for (const model of section.tables) (model.asRecords ? records : table)(doc, document, model);
  }
  document.end();
  doc.end();
  return done;
}
