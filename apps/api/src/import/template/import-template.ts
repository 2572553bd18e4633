import { IMPORT_COLUMNS, type ImportColumnKey } from '@steerline/contracts';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { TEMPLATE_EXAMPLE } from './template-example.js';

const DATE_COLUMNS: readonly ImportColumnKey[] = ['startDate', 'dueDate'];
const WIDTHS: Partial<Record<ImportColumnKey, number>> = { title: 40, description: 50, ownerEmail: 30, owningBody: 34, partners: 40, segments: 50 };
const HOW_TO = [
  'Put one action on each row of the Actions sheet, under the header row. Keep the header row as it is.',
  'Row 2 is an example: replace it with your first action, or delete it.',
  'Columns marked Required must be filled in on every row. Partners and segments: names separated by semicolons (;).',
  'Upload the file on the Import page of Steerline. It checks every row first and imports nothing until the whole file is right.',
];

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The template workbook: the Actions sheet (header and example row) and a Guidance sheet on every column. */
export async function templateXlsx(accepted: Partial<Record<ImportColumnKey, string[]>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Steerline';
  const actions = workbook.addWorksheet('Actions', { views: [{ state: 'frozen', ySplit: 1 }] });
  actions.columns = IMPORT_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: WIDTHS[column.key] ?? 16,
    style: DATE_COLUMNS.includes(column.key) ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  actions.getRow(1).font = { bold: true };
  actions.addRow(
    Object.fromEntries(
      IMPORT_COLUMNS.map(({ key }) => {
        const value = TEMPLATE_EXAMPLE[key];
        return [key, DATE_COLUMNS.includes(key) && value ? toDate(String(value)) : value];
      }),
    ),
  );

  const guidance = workbook.addWorksheet('Guidance');
  guidance.columns = [
    { header: 'Column', key: 'header', width: 20 },
    { header: 'Required', key: 'required', width: 10 },
    { header: 'What to write', key: 'description', width: 60 },
    { header: 'Accepted values', key: 'accepted', width: 70 },
  ];
  guidance.getRow(1).font = { bold: true };
  for (const column of IMPORT_COLUMNS) {
    guidance.addRow({ header: column.header, required: column.required ? 'Required' : 'Optional', description: column.description, accepted: (accepted[column.key] ?? []).join('\n') });
  }
  guidance.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  guidance.addRow([]);
  for (const line of HOW_TO) guidance.mergeCells(guidance.addRow([line]).number, 1, guidance.rowCount, 4);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template as CSV: the header row and the example row, UTF-8 with a byte order mark so Excel reads it right. */
export function templateCsv(): string {
  return stringify([IMPORT_COLUMNS.map(({ key }) => TEMPLATE_EXAMPLE[key])], {
    header: true,
    columns: IMPORT_COLUMNS.map((column) => column.header),
    bom: true,
    record_delimiter: 'windows',
  });
}
