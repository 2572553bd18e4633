import type { ActionSummary } from '@steerline/contracts';
import { stringify } from 'csv-stringify/sync';
import { EXPORT_COLUMNS } from './action-export.columns.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A spreadsheet opening the CSV must not run a cell as a formula: a leading apostrophe keeps it text. */
export const neutraliseFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** RFC 4180 CSV (CRLF, quoted where needed) with a byte order mark so that spreadsheets read it as UTF-8. */
export function actionsToCsv(actions: readonly ActionSummary[]): string {
  const records = actions.map((action) =>
    EXPORT_COLUMNS.map((column) => {
      const value = column.value(action);
      return column.kind === 'text' && typeof value === 'string' ? neutraliseFormula(value) : value;
    }),
  );
  return stringify(records, { header: true, columns: EXPORT_COLUMNS.map((column) => column.header), bom: true, record_delimiter: 'windows' });
}
