// The hostile uploads of the reliability suite, each made here in code (no binaries are checked in) with the
// answer the import must give: the status, the error code and the limit the reader names; `evidence` is the answer
// the evidence upload must give where it is certain (the rest are kept as their bytes' kind, never unpacked).
import iconv from 'iconv-lite';
import { deflatedEntry, repeatedEntry, zipOf } from './zip-writer.mjs';

const MB = 1024 * 1024;
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Actions" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_CLOSE = '</sheetData></worksheet>';
const inlineCell = (text) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;

/** A workbook of the smallest set of parts Excel needs, with the sheet (and any extra entries) given. */
function workbook(sheet, extra = []) {
  return zipOf([
    deflatedEntry('[Content_Types].xml', Buffer.from(CONTENT_TYPES)),
    deflatedEntry('_rels/.rels', Buffer.from(ROOT_RELS)),
    deflatedEntry('xl/workbook.xml', Buffer.from(WORKBOOK)),
    deflatedEntry('xl/_rels/workbook.xml.rels', Buffer.from(WORKBOOK_RELS)),
    sheet,
    ...extra,
  ]);
}

/** A part of `head`, then `middle` repeated `times` times, then `tail`: streamed, never whole in memory. */
const repeatedPart = (name, head, middle, times, tail, options = {}) =>
  repeatedEntry(name, Buffer.from(middle), times, { ...options, prefix: Buffer.from(head), suffix: Buffer.from(tail) });

/** A valid action plan as CSV with one action titled `title`: the headers come from the app's own template. */
export const csvWithTitle = (headers, title) =>
  [headers, `,"${title}",,5,working@steerline.example,Internal digital inclusion working group,,,,,,`].join('\r\n') + '\r\n';

/**
 * Every case: `expect` is the status, the error code and the limit; a case with `title` must be read, and the dry
 * run must show that title exactly as written.
 */
export async function hostileFiles({ templateXlsx, csvHeaders }) {
  const accented = 'Café drop-in – £5 a session at St Mary’s';
  return [
    {
      name: 'zip bomb: the headers claim 1 KB, it unpacks to 1 GB',
      filename: 'bomb.xlsx',
      content: workbook(await repeatedPart('xl/worksheets/sheet1.xml', SHEET_OPEN, ' '.repeat(MB), 1024, SHEET_CLOSE, { claimedBytes: 1024 })),
      expect: { status: 413, code: 'file_too_large', limit: 'unpacked_bytes' },
    },
    {
      name: 'zip of 5,000 entries',
      filename: 'entries.xlsx',
      content: workbook(deflatedEntry('xl/worksheets/sheet1.xml', Buffer.from(SHEET_OPEN + SHEET_CLOSE)), Array.from({ length: 5000 }, (_, index) => deflatedEntry(`xl/media/part${index}.xml`, Buffer.from('<a/>')))),
      expect: { status: 413, code: 'file_too_large', limit: 'zip_entries' },
    },
    {
      name: 'XML "billion laughs" entity expansion',
      filename: 'laughs.xlsx',
      content: workbook(deflatedEntry('xl/worksheets/sheet1.xml', Buffer.from(billionLaughs()))),
      expect: { status: 422, code: 'file_unreadable', limit: 'xml_entities' },
    },
    {
      name: 'one million rows',
      filename: 'rows.xlsx',
      content: workbook(await repeatedPart('xl/worksheets/sheet1.xml', SHEET_OPEN, `<row>${inlineCell('x')}</row>`, 1_000_000, SHEET_CLOSE)),
      expect: { status: 413, code: 'file_too_large', limit: 'rows' },
    },
    {
      name: 'one cell of 50 MB',
      filename: 'cell.xlsx',
      content: workbook(await repeatedPart('xl/worksheets/sheet1.xml', `${SHEET_OPEN}<row><c t="inlineStr"><is><t>`, 'a'.repeat(MB), 50, `</t></is></c></row>${SHEET_CLOSE}`)),
      expect: { status: 413, code: 'file_too_large', limit: 'cell_characters' },
    },
    {
      name: 'shared strings table of 200,000 strings',
      filename: 'strings.xlsx',
      content: workbook(deflatedEntry('xl/worksheets/sheet1.xml', Buffer.from(`${SHEET_OPEN}<row><c t="s"><v>0</v></c></row>${SHEET_CLOSE}`)), [
        await repeatedPart('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', '<si><t>x</t></si>', 200_000, '</sst>'),
      ]),
      expect: { status: 413, code: 'file_too_large', limit: 'shared_strings' },
    },
    {
      name: 'XML nested 100,000 levels deep',
      filename: 'deep.xlsx',
      content: workbook(deflatedEntry('xl/worksheets/sheet1.xml', Buffer.from(`${SHEET_OPEN}${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}${SHEET_CLOSE}`))),
      expect: { status: 422, code: 'file_unreadable', limit: 'xml_depth' },
    },
    {
      name: 'truncated zip (the template cut in half)',
      filename: 'truncated.xlsx',
      content: templateXlsx.subarray(0, Math.floor(templateXlsx.length / 2)),
      expect: { status: 422, code: 'file_unreadable' },
    },
    {
      name: 'a PDF named .xlsx',
      filename: 'plan.xlsx',
      content: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
      expect: { status: 422, code: 'file_unreadable' },
      evidence: { status: 201, fileName: 'plan.pdf' },
    },
    {
      name: 'a workbook named .csv',
      filename: 'plan.csv',
      content: templateXlsx,
      expect: { status: 422, code: 'file_unreadable' },
      evidence: { status: 201, fileName: 'plan.xlsx' },
    },
    {
      name: 'CSV with a 20 MB field',
      filename: 'field.csv',
      content: Buffer.from(`${csvHeaders}\r\n,"${'a'.repeat(20 * MB)}",,5,working@steerline.example,,,,,,,\r\n`),
      expect: { status: 413, code: 'file_too_large', limit: 'file_bytes' },
      evidence: { status: 413 },
    },
    {
      name: 'CSV with a 1.5 MB field (under the upload limit)',
      filename: 'long-field.csv',
      content: Buffer.from(`${csvHeaders}\r\n,"${'a'.repeat(1.5 * MB)}",,5,working@steerline.example,,,,,,,\r\n`),
      expect: { status: 413, code: 'file_too_large', limit: 'cell_characters' },
    },
    {
      name: 'CSV in UTF-16 (little-endian, with byte order mark)',
      filename: 'utf16.csv',
      evidence: { status: 201, fileName: 'utf16.csv' },
      content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvWithTitle(csvHeaders, accented), 'utf16le')]),
      expect: { status: 200 },
      title: accented,
    },
    {
      name: 'CSV in Windows-1252 (Excel\'s plain "CSV")',
      filename: 'windows-1252.csv',
      content: iconv.encode(csvWithTitle(csvHeaders, accented), 'windows-1252'),
      expect: { status: 200 },
      title: accented,
    },
  ];
}

/** Ten entities of ten of the one before: a few hundred bytes that expand to a thousand million "lol"s. */
function billionLaughs() {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let level = 1; level <= 9; level++) entities.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE worksheet [${entities.join('')}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
}
