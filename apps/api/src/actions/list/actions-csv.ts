import type { ActionSummary } from '@steerline/contracts';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../../common/text/neutralise-formula.js';
import { EXPORT_COLUMNS } from './action-export.columns.js';


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
