import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { fileTooLarge, unreadableFile } from './file-problem.js';
import type { ReadLimits } from './read-limits.js';
import { isBlankCell, type SheetTable } from './sheet.js';

const UTF16_LE_BOM = [0xff, 0xfe];
const UTF16_BE_BOM = [0xfe, 0xff];
const startsWith = (content: Buffer, bytes: number[]) => bytes.every((byte, index) => content[index] === byte);

/**
 * UTF-16 when it starts with a byte order mark (Excel's "Unicode text" and some exports), else UTF-8 (with or
 * without a byte order mark), else Windows-1252, which is what Excel's plain "CSV" format writes.
 */
export function decodeText(content: Buffer): string {
  if (startsWith(content, UTF16_LE_BOM)) return new TextDecoder('utf-16le').decode(content);
  if (startsWith(content, UTF16_BE_BOM)) return new TextDecoder('utf-16be').decode(content);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    // Node's TextDecoder reads "windows-1252" as Latin-1, which loses the en dash, curly quotes and euro sign.
    return iconv.decode(content, 'windows-1252');
  }
}

/** Comma-separated values; each record is one spreadsheet row, so a quoted cell with line breaks stays one row. */
export function readCsv(content: Buffer, limits: ReadLimits): SheetTable {
  const text = decodeText(content);
  if (text.includes('\u0000')) throw unreadableFile('The file is not a CSV file: it contains binary data. Upload an Excel workbook (.xlsx) or a CSV file.');
  // Reading stops soon after the most rows allowed (with room for blank lines between them), so a file of a million
  // short lines never becomes a million arrays.
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false, preview: limits.rows * 2 + 2 });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) throw unreadableFile(`The CSV file has a quote that is never closed, in row ${(unclosed.row ?? 0) + 1}.`);
  const [headers = [], ...records] = parsed.data;
  for (const record of [headers, ...records]) checkRecord(record, limits);
  const rows = records
    .map((cells, index) => ({ number: index + 2, cells: cells.map((cell) => cell) }))
    .filter((row) => !row.cells.every(isBlankCell));
  if (rows.length > limits.rows) {
    throw fileTooLarge(`The file has more than ${limits.rows} actions; at most ${limits.rows} can be imported at once. Split it into smaller files.`, 'rows', limits.rows);
  }
  return { headers: headers.map((header) => header.trim()), rows };
}

function checkRecord(record: string[], limits: ReadLimits) {
  if (record.length > limits.columns) {
    throw fileTooLarge(`A row has more than ${limits.columns} columns; the template has 12. Remove the extra columns and try again.`, 'columns', limits.columns);
  }
  if (record.some((cell) => cell.length > limits.cellCharacters)) {
    throw fileTooLarge(`A cell holds more than ${limits.cellCharacters.toLocaleString('en-GB')} characters, more than Excel itself allows. Shorten it and try again.`, 'cell_characters', limits.cellCharacters);
  }
}
