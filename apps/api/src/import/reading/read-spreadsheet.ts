import { extname } from 'node:path';
import { fileTooLarge, invalidFile, unreadableFile } from './file-problem.js';
import { readCsv } from './read-csv.js';
import type { ReadLimits } from './read-limits.js';
import { readXlsx } from './read-xlsx.js';
import type { SheetTable } from './sheet.js';

/** What the upload gives the service: the file's name as the user had it and its bytes. */
export interface UploadedSpreadsheet {
  originalname: string;
  size: number;
  buffer: Buffer;
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLD_EXCEL_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const FORMATS = 'an Excel workbook (.xlsx) or a CSV file (.csv)';

/**
 * Reads an uploaded action plan, within the limits. The name must end .xlsx or .csv and the content must match it;
 * anything else (an old .xls, a PDF, a picture) is refused with a message that says what to do.
 */
export async function readSpreadsheet(file: UploadedSpreadsheet, limits: ReadLimits): Promise<SheetTable> {
  if (file.size === 0) throw invalidFile('The file is empty. Upload the action plan with a header row and one action per row.');
  if (file.buffer.length > limits.fileBytes) {
    throw fileTooLarge(`The file must be smaller than ${limits.fileBytes / 1024 / 1024} MB.`, 'file_bytes', limits.fileBytes);
  }
  const extension = extname(file.originalname).toLowerCase();
  const starts = (signature: Buffer) => file.buffer.subarray(0, signature.length).equals(signature);

  let table: SheetTable;
  if (extension === '.xls' || starts(OLD_EXCEL_SIGNATURE)) {
    throw unreadableFile('The file is in the old Excel format (.xls). Save it as an Excel workbook (.xlsx) or as CSV, and upload that.');
  } else if (extension === '.xlsx') {
    if (!starts(ZIP_SIGNATURE)) throw unreadableFile('The file is called .xlsx but is not an Excel workbook. Save it from Excel as an Excel workbook (.xlsx).');
    table = await readXlsx(file.buffer, limits);
  } else if (extension === '.csv') {
    if (starts(ZIP_SIGNATURE)) throw unreadableFile('The file is called .csv but is a workbook. Rename it to .xlsx, or save it from Excel as CSV.');
    table = readCsv(file.buffer, limits);
  } else {
    throw unreadableFile(`The file must be ${FORMATS}. "${file.originalname}" is neither.`);
  }

  if (table.headers.every((header) => header === '')) {
    throw invalidFile('The file is empty. Its first row must be the header row of the template, with one action per row under it.');
  }
  if (table.rows.length === 0) throw invalidFile('The file has a header row but no actions. Add one action per row under the header row.');
  if (table.rows.length > limits.rows) {
    throw fileTooLarge(`The file has more than ${limits.rows} actions; at most ${limits.rows} can be imported at once. Split it into smaller files.`, 'rows', limits.rows);
  }
  return table;
}
