import type { ActionStatus, Rag } from './actions.js';

/** The columns of an action plan file, in the template's order. `header` is what the file's first row says. */
export const IMPORT_COLUMNS = [
  {
    key: 'reference',
    header: 'Reference',
    required: false,
    description: 'The action\'s reference, such as DI-012. Leave it blank and Steerline gives the next free one. It must not be used by another action.',
  },
  { key: 'title', header: 'Title', required: true, description: 'What the action is, in 200 characters or fewer. Each title may appear only once in the file and on the plan.' },
  { key: 'description', header: 'Description', required: false, description: 'More about the action, in 5,000 characters or fewer.' },
  { key: 'priority', header: 'Priority number', required: true, description: 'The number of the strategy priority the action serves, such as 2.' },
  { key: 'ownerEmail', header: 'Owner email', required: true, description: 'The email address of the lead owner, who must be an active person in Steerline.' },
  {
    key: 'owningBody',
    header: 'Owning body name',
    required: true,
    description: 'The name of the governance body that owns the action, written as it is in Steerline, such as Channel shift board.',
  },
  {
    key: 'partners',
    header: 'Partners',
    required: false,
    description: 'The partner organisations working on the action, by name, separated by semicolons, such as The Forum; The library service.',
  },
  {
    key: 'segments',
    header: 'Segments',
    required: false,
    description: 'The population segments the action targets, by name, separated by semicolons.',
  },
  { key: 'startDate', header: 'Start date', required: false, description: 'Written YYYY-MM-DD, such as 2026-04-01, or a cell formatted as a date.' },
  {
    key: 'dueDate',
    header: 'Due date',
    required: false,
    description: 'Written YYYY-MM-DD or a cell formatted as a date. It must be the same as or after the start date.',
  },
  { key: 'status', header: 'Status', required: false, description: 'Not started, In progress or Complete. Blank means Not started, or follows from the RAG rating.' },
  {
    key: 'rag',
    header: 'RAG',
    required: false,
    description: 'Red, Amber or Green for an action in progress, Blue for complete, Grey for not started. Blank follows from the status.',
  },
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export type ImportColumnKey = ImportColumn['key'];
export type ImportColumnHeader = ImportColumn['header'];

/** Partners and segments are listed in one cell, separated by this. */
export const IMPORT_LIST_SEPARATOR = ';';
/** The largest file the import accepts. */
export const IMPORT_MAX_FILE_BYTES = 2 * 1024 * 1024;
/** The most actions one file may hold. */
export const IMPORT_MAX_ROWS = 1000;
/** How many rows a dry run shows as they would be created. */
export const IMPORT_PREVIEW_ROWS = 10;
/** The multipart form field that carries the file. */
export const IMPORT_FILE_FIELD = 'file';

/** One problem with one cell: the row as the spreadsheet numbers it (the header is row 1) and the column's header. */
export interface ImportProblem {
  row: number;
  column: ImportColumnHeader;
  message: string;
}

/** A row of the file as it would become an action. `reference` is null when Steerline will give the next free one. */
export interface ImportPreviewRow {
  row: number;
  reference: string | null;
  title: string;
  description: string;
  priority: number;
  owner: { name: string; email: string };
  owningBody: string;
  partners: string[];
  segments: string[];
  startDate: string | null;
  dueDate: string | null;
  status: Exclude<ActionStatus, 'cancelled'>;
  rag: Rag;
}

/** The answer to a dry run: nothing is written. `rows` counts the actions found in the file. */
export interface ImportDryRunResponse {
  valid: boolean;
  rows: number;
  problems: ImportProblem[];
  preview: ImportPreviewRow[];
}

export interface ImportedAction {
  id: string;
  reference: string;
  title: string;
}

/** The answer to an import: every action created, in the file's order. */
export interface ImportResponse {
  created: ImportedAction[];
}
