import type { CorporatePlanReport } from '@steerline/contracts';
import { Document, Header, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import { DRAFT_NOTICE, reportIntro, reportSections, reportTitle, type TableModel } from './report-tables.js';

// Characters XML 1.0 cannot carry at all, then the five it must escape.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(INVALID_XML, '').replace(/[&<>"']/g, (character) => ENTITIES[character]);

/** The id docx gives the relationship to the first header (after styles, numbering, footnotes, endnotes, settings). */
export const DOCX_HEADER_RELATIONSHIP = 'rId6';

const run = (text: string, format = '') =>
  `<w:r>${format ? `<w:rPr>${format}</w:rPr>` : ''}${text
    .split('\n')
    .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .join('<w:br/>')}</w:r>`;
const BOLD = '<w:b/><w:bCs/>';
const paragraph = (text: string, style?: 'Heading1' | 'Heading2', format = '') =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text, format)}</w:p>`;
const cell = (text: string, bold: boolean) => `<w:tc><w:tcPr><w:tcW w:type="auto" w:w="0"/></w:tcPr><w:p>${run(text, bold ? BOLD : '')}</w:p></w:tc>`;
const BORDER = 'w:val="single" w:color="B1B4B6" w:sz="4"';

/** A Word table whose first row is marked as the header row (repeated on each page); each row's first cell is bold. */
function table(model: TableModel): string {
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${model.headers.map((text) => cell(text, true)).join('')}</w:tr>`;
  const rows = model.rows.map(([first, ...rest]) => `<w:tr>${cell(first, true)}${rest.map((text) => cell(text, false)).join('')}</w:tr>`);
  return [
    paragraph(model.caption, undefined, BOLD),
    `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>`,
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join(''),
    `</w:tblBorders><w:tblLook w:val="04A0" w:firstRow="1" w:firstColumn="1"/></w:tblPr>`,
    `<w:tblGrid>${model.headers.map(() => '<w:gridCol/>').join('')}</w:tblGrid>`,
    header,
    ...rows,
    '</w:tbl>',
    '<w:p/>',
  ].join('');
}

/**
 * The body is written as WordprocessingML directly (docx's object model takes tens of seconds and hundreds of MB for a
 * cycle of thousands of actions); docx still supplies the package, the Heading styles and the draft header.
 */
function documentXml(report: CorporatePlanReport): string {
  const body: string[] = [paragraph(reportTitle(report), 'Heading1')];
  if (report.draft) body.push(paragraph(DRAFT_NOTICE, undefined, `${BOLD}<w:color w:val="D4351C"/>`));
  for (const line of reportIntro(report)) body.push(paragraph(line));
  for (const section of reportSections(report)) {
    body.push(paragraph(section.heading, 'Heading2'));
    if (section.intro) body.push(paragraph(section.intro));
    if (section.empty) body.push(paragraph(section.empty));
    for (const model of section.tables) body.push(table(model));
  }
  const header = report.draft ? `<w:headerReference w:type="default" r:id="${DOCX_HEADER_RELATIONSHIP}"/>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' +
    body.join('') +
    `<w:sectPr>${header}<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>` +
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>'
  );
}

/** docx stamps its properties with the current time; the report is dated by its sign-off instead. */
function coreProperties(title: string, date: Date): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Steerline</dc:creator><dc:language>en-GB</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** A Word document: Heading 1 / Heading 2 paragraphs, tables with a repeating header row, "DRAFT" in the page header until signed off. */
export async function reportToDocx(report: CorporatePlanReport, generatedAt: Date): Promise<Buffer> {
  const title = report.draft ? `Draft: ${reportTitle(report)}` : reportTitle(report);
  const document = new Document({
    title,
    creator: 'Steerline',
    styles: { default: { document: { run: { font: 'Arial', language: { value: 'en-GB' } } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        headers: report.draft
          ? { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: 'DRAFT', bold: true, size: 48, color: 'D4351C' })] })] }) }
          : undefined,
        children: [new Paragraph({})],
      },
    ],
  });
  const date = report.cycle.signedOffAt ? new Date(report.cycle.signedOffAt) : generatedAt;
  return Packer.toBuffer(document, false, [
    { path: 'word/document.xml', data: documentXml(report) },
    { path: 'docProps/core.xml', data: coreProperties(title, date) },
  ]);
}
