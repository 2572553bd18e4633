/** A cell as read from the file: CSV gives text only, a workbook may also give numbers, dates and booleans. */
export type RawCell = string | number | boolean | Date | null;

/** One row of the file that is not blank, with its number as the spreadsheet shows it (the header is row 1). */
export interface SheetRow {
  number: number;
  cells: RawCell[];
}

/** The first row (the headers) and every non-blank row under it. */
export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
}

export const isBlankCell = (cell: RawCell) => cell === null || (typeof cell === 'string' && cell.trim() === '');
