import type { Rag } from '@steerline/contracts';
import type { ImportStatus, Parsed } from './cell-rules.js';

export interface ImportedProgress {
  status: ImportStatus;
  rag: Rag;
  percentComplete: number;
}

const RAG_FOR_STATUS: Record<ImportStatus, Rag> = { not_started: 'grey', in_progress: 'green', complete: 'blue' };
const STATUS_FOR_RAG: Record<Rag, ImportStatus> = { grey: 'not_started', blue: 'complete', red: 'in_progress', amber: 'in_progress', green: 'in_progress' };
const FITTING_RAGS: Record<ImportStatus, string> = { not_started: 'Grey', in_progress: 'Red, Amber or Green', complete: 'Blue' };
const STATUS_WORD: Record<ImportStatus, string> = { not_started: 'Not started', in_progress: 'In progress', complete: 'Complete' };

/**
 * Status and RAG as Steerline keeps them together: grey = not started (0%), blue = complete (100%),
 * red/amber/green = in progress. Either may be left blank and follows from the other; both blank = not started.
 */
export function importedProgress(status: ImportStatus | null, rag: Rag | null): Parsed<ImportedProgress> {
  const finalStatus = status ?? (rag ? STATUS_FOR_RAG[rag] : 'not_started');
  const finalRag = rag ?? RAG_FOR_STATUS[finalStatus];
  if (STATUS_FOR_RAG[finalRag] !== finalStatus) {
    return { ok: false, message: `An action that is ${STATUS_WORD[finalStatus]} must be rated ${FITTING_RAGS[finalStatus]}` };
  }
  const percentComplete = finalStatus === 'complete' ? 100 : 0;
  return { ok: true, value: { status: finalStatus, rag: finalRag, percentComplete } };
}
