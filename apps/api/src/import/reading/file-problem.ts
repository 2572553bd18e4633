/**
 * What can be wrong with an uploaded file as a whole. Thrown inside the reading worker, so it carries plain data
 * only; the API turns it into the answer (400, 413 or 422) in file-errors.ts.
 */
export type FileProblemKind = 'invalid' | 'unreadable' | 'too_large';

/** The limit a hostile or oversized file ran into, as named in the error's details. */
export type ReadLimitName =
  | 'file_bytes'
  | 'unpacked_bytes'
  | 'zip_entries'
  | 'rows'
  | 'columns'
  | 'cell_characters'
  | 'shared_strings'
  | 'xml_depth'
  | 'xml_entities'
  | 'memory'
  | 'seconds';

export interface FileProblemData {
  kind: FileProblemKind;
  messages: string[];
  limit?: ReadLimitName;
  allowed?: number;
}

export class FileProblem extends Error {
  constructor(readonly data: FileProblemData) {
    super(data.messages.join(' '));
  }
}

export const invalidFile = (...messages: [string, ...string[]]) => new FileProblem({ kind: 'invalid', messages });
export const unreadableFile = (message: string, limit?: ReadLimitName, allowed?: number) =>
  new FileProblem({ kind: 'unreadable', messages: [message], limit, allowed });
export const fileTooLarge = (message: string, limit: ReadLimitName, allowed: number) =>
  new FileProblem({ kind: 'too_large', messages: [message], limit, allowed });
