import { IMPORT_COLUMNS, type CreateActionRequest, type ImportColumnKey, type ImportPreviewRow, type ImportProblem } from '@steerline/contracts';
import type { ImportRow } from '../reading/header-columns.js';
import * as rule from './cell-rules.js';
import { type Lookups, type Named, namesOf } from './lookups.js';
import { importedProgress, type ImportedProgress } from './progress-rules.js';

/** A row that passed every check, ready to be created. */
export interface ImportCandidate {
  row: number;
  /** Null when Steerline gives the next free reference. */
  reference: string | null;
  input: CreateActionRequest;
  progress: ImportedProgress;
  preview: ImportPreviewRow;
}

const HEADER = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column.key, column.header])) as Record<ImportColumnKey, ImportProblem['column']>;

const COLUMN_ORDER: string[] = IMPORT_COLUMNS.map((column) => column.header);

/** The email addresses and references the file uses, so only those are looked up. */
export function keysOfFile(rows: ImportRow[]): { emails: string[]; references: string[] } {
  const values = (parse: (row: ImportRow) => rule.Parsed<string | null>) =>
    [...new Set(rows.map(parse).flatMap((parsed) => (parsed.ok && parsed.value ? [parsed.value] : [])))];
  return { emails: values((row) => rule.emailAddress(row.cells.ownerEmail ?? null)), references: values((row) => rule.optionalReference(row.cells.reference ?? null)) };
}

/** Checks every row and the rows against each other; candidates are the rows without a problem. */
export function validateRows(rows: ImportRow[], lookups: Lookups): { problems: ImportProblem[]; candidates: ImportCandidate[] } {
  const problems: ImportProblem[] = [];
  const candidates: ImportCandidate[] = [];
  const firstRowWith = { title: new Map<string, number>(), reference: new Map<string, number>() };
  for (const row of rows) {
    const rowProblems: ImportProblem[] = [];
    const report = (key: ImportColumnKey, message: string) => rowProblems.push({ row: row.number, column: HEADER[key], message });
    const candidate = checkRow(row, lookups, report);
    const sameAs = (kind: 'title' | 'reference', value: string | null | undefined) => {
      if (!value) return;
      const earlier = firstRowWith[kind].get(rule.normaliseName(value));
      if (earlier) report(kind, `Row ${earlier} has the same ${kind}: each action needs its own`);
      else firstRowWith[kind].set(rule.normaliseName(value), row.number);
    };
    sameAs('reference', candidate.reference);
    sameAs('title', candidate.title);
    problems.push(...rowProblems.sort((a, b) => COLUMN_ORDER.indexOf(a.column) - COLUMN_ORDER.indexOf(b.column)));
    if (rowProblems.length === 0) candidates.push(candidate.complete!);
  }
  return { problems, candidates };
}

function checkRow(row: ImportRow, lookups: Lookups, report: (key: ImportColumnKey, message: string) => void) {
  const cell = (key: ImportColumnKey) => row.cells[key] ?? null;
  const take = <T>(key: ImportColumnKey, parsed: rule.Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    report(key, parsed.message);
    return undefined;
  };

  const reference = take('reference', rule.optionalReference(cell('reference')));
  if (reference && lookups.takenReferences.has(reference)) report('reference', `${lookups.takenReferences.get(reference)} is already the reference of another action`);
  const title = take('title', rule.requiredText(cell('title'), 200, 'Enter a title for the action'));
  const takenBy = title && lookups.takenTitles.get(rule.normaliseName(title));
  if (takenBy) report('title', `An action with this title is already on the plan (${takenBy})`);
  const description = take('description', rule.optionalText(cell('description'), 5000));

  const priorityNumber = take('priority', rule.priorityNumber(cell('priority')));
  const priority = priorityNumber === undefined ? undefined : lookups.priorities.get(priorityNumber);
  if (priorityNumber !== undefined && !priority) report('priority', `There is no priority ${priorityNumber}: use ${[...lookups.priorities.keys()].sort((a, b) => a - b).join(', ')}`);

  const email = take('ownerEmail', rule.emailAddress(cell('ownerEmail')));
  const owner = email === undefined ? undefined : lookups.people.get(email);
  if (email !== undefined && !owner?.isActive) report('ownerEmail', 'No active person has this email address');

  const bodyName = take('owningBody', rule.requiredText(cell('owningBody'), 200, 'Enter the name of the governance body that owns the action'));
  const body = bodyName === undefined ? undefined : lookups.bodies.get(rule.normaliseName(bodyName));
  if (bodyName !== undefined && !body) report('owningBody', `No governance body is called "${bodyName}": use ${namesOf(lookups.bodies).join('; ')}`);

  const partners = known(rule.nameList(cell('partners')), lookups.partners, (missing) => report('partners', `No partner is called ${missing}`));
  const segments = known(rule.nameList(cell('segments')), lookups.segments, (missing) => report('segments', `No population segment is called ${missing}`));

  const startDate = take('startDate', rule.optionalDate(cell('startDate')));
  const dueDate = take('dueDate', rule.optionalDate(cell('dueDate')));
  if (startDate && dueDate && dueDate < startDate) report('dueDate', `The due date must be the same as or after the start date (${startDate})`);

  const status = take('status', rule.optionalStatus(cell('status')));
  const rag = take('rag', rule.optionalRag(cell('rag')));
  const progress = status === undefined || rag === undefined ? undefined : take('rag', importedProgress(status, rag));

  const ready = title && description !== undefined && priority && owner && body && partners && segments && startDate !== undefined && dueDate !== undefined && progress && reference !== undefined;
  if (!ready) return { reference, title };
  const complete: ImportCandidate = {
    row: row.number,
    reference,
    progress,
    input: {
      title, description, priorityId: priority.id, ownerId: owner.id, owningBodyId: body.id,
      partnerIds: partners.map((partner) => partner.id), segmentIds: segments.map((segment) => segment.id), startDate, dueDate,
    },
    preview: {
      row: row.number, reference, title, description, priority: priorityNumber!, owner: { name: owner.name, email: owner.email }, owningBody: body.name,
      partners: partners.map((partner) => partner.name), segments: segments.map((segment) => segment.name), startDate, dueDate, status: progress.status, rag: progress.rag,
    },
  };
  return { reference, title, complete };
}

/** The records the names stand for, or undefined (after reporting the unknown ones) if any is unknown. */
function known(names: string[], records: Map<string, Named>, reportMissing: (missing: string) => void): Named[] | undefined {
  const found = names.map((name) => records.get(rule.normaliseName(name)));
  const missing = names.filter((_, index) => !found[index]).map((name) => `"${name}"`);
  if (missing.length === 0) return found as Named[];
  reportMissing(`${missing.join(' or ')}: use names as Steerline has them, separated by semicolons (;)`);
  return undefined;
}
