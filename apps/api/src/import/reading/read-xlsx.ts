import ExcelJS from 'exceljs';
import { unreadableFile } from './file-problem.js';
import type { ReadLimits } from './read-limits.js';
import { isBlankCell, type RawCell, type SheetTable } from './sheet.js';
import { checkXmlPart } from './xml-limits.js';
import { inflateEntry, listZipEntries, UnpackBudget } from './zip-entries.js';

const UNREADABLE = 'The file could not be read as an Excel workbook. Save it again as an Excel workbook (.xlsx) or as CSV, and upload that.';

/**
 * The sheet called "Actions" if there is one (as in the template), else the first sheet. Every part is unpacked and
 * its XML read within the limits first, as a stream, so exceljs only ever sees a workbook of bounded size and shape.
 */
export async function readXlsx(content: Buffer, limits: ReadLimits): Promise<SheetTable> {
  const budget = new UnpackBudget(limits.unpackedBytes);
  for (const entry of listZipEntries(content, limits.zipEntries)) {
    const xml = /\.(xml|rels)$/i.test(entry.name) ? checkXmlPart(entry.name, limits) : undefined;
    await inflateEntry(content, entry, budget, (piece) => xml?.write(piece));
    xml?.close();
  }

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; it reads a Node Buffer.
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw unreadableFile(UNREADABLE);
  }
  const sheet = workbook.getWorksheet('Actions') ?? workbook.worksheets[0];
  if (!sheet) throw unreadableFile('The workbook has no sheets.');

  const headers = sheet.getRow(1).values as ExcelJS.CellValue[];
  const rows: SheetTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values = row.values as ExcelJS.CellValue[];
    // exceljs numbers cells from 1, so values[0] is always empty.
    const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, index) => plainValue(values[index + 1]));
    if (!cells.every(isBlankCell)) rows.push({ number, cells });
  });
  return { headers: Array.from({ length: Math.max(headers.length - 1, 0) }, (_, index) => textOf(plainValue(headers[index + 1]))), rows };
}

/** What the cell shows: rich text and hyperlinks (Excel links email addresses) as their text, formulas as their result. */
export function plainValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

const textOf = (cell: RawCell) => (cell === null ? '' : String(cell).trim());
