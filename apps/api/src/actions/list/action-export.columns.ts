import { ACTION_STATUS_LABELS, RAG_LABELS, type ACTION_EXPORT_COLUMNS, type ActionSummary } from '@steerline/contracts';

export interface ExportColumn {
  header: (typeof ACTION_EXPORT_COLUMNS)[number];
  /** Width in characters, for the spreadsheet. */
  width: number;
  /** `date` values are ISO `YYYY-MM-DD` strings; the spreadsheet stores them as real dates. */
  kind: 'text' | 'number' | 'date';
  value: (action: ActionSummary) => string | number | null;
}

/** The columns of both exports, in ACTION_EXPORT_COLUMNS order. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Reference', width: 12, kind: 'text', value: (action) => action.reference },
  { header: 'Title', width: 50, kind: 'text', value: (action) => action.title },
  { header: 'Priority', width: 50, kind: 'text', value: (action) => `${action.priority.number}. ${action.priority.title}` },
  { header: 'Owner', width: 24, kind: 'text', value: (action) => action.owner.name },
  { header: 'Owning body', width: 36, kind: 'text', value: (action) => action.owningBody.name },
  { header: 'Status', width: 14, kind: 'text', value: (action) => ACTION_STATUS_LABELS[action.status] },
  { header: 'RAG', width: 18, kind: 'text', value: (action) => RAG_LABELS[action.rag] },
  { header: '% complete', width: 12, kind: 'number', value: (action) => action.percentComplete },
  { header: 'Start date', width: 13, kind: 'date', value: (action) => action.startDate },
  { header: 'Due date', width: 13, kind: 'date', value: (action) => action.dueDate },
  { header: 'Overdue', width: 10, kind: 'text', value: (action) => (action.overdue ? 'Yes' : 'No') },
  // The day of the last update, in UTC.
  { header: 'Last update', width: 13, kind: 'date', value: (action) => action.lastUpdateAt?.slice(0, 10) ?? null },
];

export const exportFilename = (today: string, extension: 'csv' | 'xlsx') => `steerline-actions-${today}.${extension}`;
