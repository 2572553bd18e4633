import type { ActionSummary } from '@steerline/contracts';
import ExcelJS from 'exceljs';
import { EXPORT_COLUMNS } from './action-export.columns.js';

const DATE_FORMAT = 'd mmm yyyy';

const toDate = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};

/** One sheet: bold, frozen header row; dates stored as dates, percentages as numbers. */
export async function actionsToXlsx(actions: readonly ActionSummary[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Steerline';
  const sheet = workbook.addWorksheet('Actions', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    header: column.header,
    width: column.width,
    style: column.kind === 'date' ? { numFmt: DATE_FORMAT } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const action of actions) {
    sheet.addRow(
      EXPORT_COLUMNS.map((column) => {
        const value = column.value(action);
        return column.kind === 'date' && typeof value === 'string' ? toDate(value) : value;
      }),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
