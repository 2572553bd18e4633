import { IMPORT_COLUMNS, type ImportColumnKey } from '@steerline/contracts';
import { FileProblemError } from './file-errors.js';
import { isBlankCell, type RawCell, type SheetTable } from './sheet.js';

/** A row of the file with its cells under the template's column keys. */
export interface ImportRow {
  number: number;
  cells: Partial<Record<ImportColumnKey, RawCell>>;
}

/** "Owner email *", "owner  EMAIL" and "Owner email (required)" all name the Owner email column. */
export const normaliseHeader = (header: string) =>
  header
    .replace(/\((required|optional)\)|\*/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const KEY_BY_HEADER = new Map(IMPORT_COLUMNS.map((column) => [normaliseHeader(column.header), column.key]));

/** Spreadsheet column letters: 1 = A, 27 = AA. */
export function columnLetter(position: number): string {
  let letters = '';
  for (let rest = position; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * Matches the header row to the template's columns, in any order. Every required column must be there;
 * a header the template does not have, the same header twice, or a value under no header is refused, so no data is silently dropped.
 */
export function toImportRows(table: SheetTable): ImportRow[] {
  const problems: string[] = [];
  const keyAt = new Map<number, ImportColumnKey>();
  for (const [index, header] of table.headers.entries()) {
    if (header === '') continue;
    const key = KEY_BY_HEADER.get(normaliseHeader(header));
    if (!key) problems.push(`Column ${columnLetter(index + 1)} is headed "${header}", which is not a column of the template.`);
    else if ([...keyAt.values()].includes(key)) problems.push(`There are two columns headed "${header}". Keep one.`);
    else keyAt.set(index, key);
  }
  const found = new Set(keyAt.values());
  const missing = IMPORT_COLUMNS.filter((column) => column.required && !found.has(column.key)).map((column) => `"${column.header}"`);
  if (missing.length > 0) problems.push(`The header row must have the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. Use the template's header row.`);
  for (const row of table.rows) {
    const stray = row.cells.findIndex((cell, index) => !isBlankCell(cell) && !table.headers[index]);
    if (stray >= 0) {
      problems.push(`Row ${row.number} has a value in column ${columnLetter(stray + 1)}, which has no header.`);
      break;
    }
  }
  if (problems.length > 0) throw new FileProblemError(problems as [string, ...string[]]);

  return table.rows.map((row) => ({
    number: row.number,
    cells: Object.fromEntries([...keyAt].map(([index, key]) => [key, row.cells[index] ?? null])),
  }));
}
