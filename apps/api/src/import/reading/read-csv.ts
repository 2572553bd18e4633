import Papa from 'papaparse';
import { FileProblemError, isBlankCell, type SheetTable } from './sheet.js';

/** UTF-8 (with or without a byte order mark), else Windows-1252, which is what Excel's plain "CSV" format writes. */
export function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** Comma-separated values; each record is one spreadsheet row, so a quoted cell with line breaks stays one row. */
export function readCsv(content: Buffer): SheetTable {
  const text = decodeText(content);
  if (text.includes('\u0000')) throw new FileProblemError('The file is not a CSV file: it contains binary data. Upload an Excel workbook (.xlsx) or a CSV file.');
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) throw new FileProblemError(`The CSV file has a quote that is never closed, in row ${(unclosed.row ?? 0) + 1}.`);
  const [headers = [], ...records] = parsed.data;
  const rows = records
    .map((cells, index) => ({ number: index + 2, cells: cells.map((cell) => cell) }))
    .filter((row) => !row.cells.every(isBlankCell));
  return { headers: headers.map((header) => header.trim()), rows };
}
