import { ErrorCode, type ImportDryRunResponse, type ImportProblem } from '@steerline/contracts';
import type { ErrorSummaryItem } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';

export const FILE_FIELD_ID = 'file';
/** The error summary names this many problems; the table below lists them all. */
export const SUMMARY_LIMIT = 10;

/** What the page shows under the upload, worked out from the last check or import. */
export type ImportView =
  | { kind: 'idle' }
  | { kind: 'file-error'; messages: string[] }
  | { kind: 'problems'; problems: ImportProblem[] }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; checked: ImportDryRunResponse };

function isImportProblem(value: unknown): value is ImportProblem {
  const candidate = value as Partial<ImportProblem> | null;
  return typeof candidate?.row === 'number' && typeof candidate.column === 'string' && typeof candidate.message === 'string';
}

const FILE_ERROR_CODES = new Set<string>([ErrorCode.ValidationFailed, ErrorCode.PayloadTooLarge, ErrorCode.FileTooLarge, ErrorCode.FileUnreadable]);

function viewOfError(error: unknown): ImportView {
  if (!(error instanceof ApiError)) {
    return { kind: 'failed', message: 'The file could not be sent. If you changed it after choosing it, choose it again; otherwise check your connection and try again.' };
  }
  if (error.code === ErrorCode.ValidationFailed && Array.isArray(error.details) && error.details.length > 0 && error.details.every(isImportProblem)) {
    return { kind: 'problems', problems: error.details };
  }
  const fileMessages = error.fieldErrors.filter((field) => field.field === 'file').flatMap((field) => field.messages);
  if (fileMessages.length > 0) return { kind: 'file-error', messages: fileMessages };
  if (FILE_ERROR_CODES.has(error.code)) return { kind: 'file-error', messages: [error.message] };
  return { kind: 'failed', message: error.message };
}

export function importView(state: { missingFile: boolean; checked?: ImportDryRunResponse; error: unknown }): ImportView {
  if (state.missingFile) return { kind: 'file-error', messages: ['Select the action plan file to check'] };
  if (state.error) return viewOfError(state.error);
  if (state.checked) return state.checked.valid ? { kind: 'ready', checked: state.checked } : { kind: 'problems', problems: state.checked.problems };
  return { kind: 'idle' };
}

export const describeProblem = (problem: ImportProblem) => `Row ${problem.row}, ${problem.column}: ${problem.message}`;

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** The error summary's lines, each leading to the file field where a corrected file is chosen. */
export function summaryItems(view: ImportView): ErrorSummaryItem[] {
  if (view.kind === 'file-error') return view.messages.map((text) => ({ text, fieldId: FILE_FIELD_ID }));
  if (view.kind === 'failed') return [{ text: view.message }];
  if (view.kind !== 'problems') return [];
  const named = view.problems.slice(0, SUMMARY_LIMIT).map((problem) => ({ text: describeProblem(problem), fieldId: FILE_FIELD_ID }));
  const rest = view.problems.length - named.length;
  return rest > 0 ? [...named, { text: `And ${plural(rest, 'more problem', 'more problems')}, listed in the table below the upload` }] : named;
}

/** The message beside the file field. */
export function fieldError(view: ImportView): string | undefined {
  if (view.kind === 'file-error') return view.messages.join(' ');
  if (view.kind === 'problems') return `The file has ${plural(view.problems.length, 'problem', 'problems')}. Fix ${view.problems.length === 1 ? 'it' : 'them'} in the spreadsheet, then upload it again`;
  return undefined;
}

export const actionCount = (count: number) => plural(count, 'action', 'actions');
