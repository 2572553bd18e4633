import { ACTION_STATUS_LABELS, IMPORT_LIST_SEPARATOR, RAG_LABELS, type ActionStatus, type Rag } from '@steerline/contracts';
import type { RawCell } from '../reading/sheet.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

export type ImportStatus = Exclude<ActionStatus, 'cancelled'>;

/** Names are matched without regard to case, spacing or curly apostrophes. */
export const normaliseName = (name: string) => name.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** A date cell as YYYY-MM-DD (Excel dates arrive as midnight UTC). */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The cell as the text it shows, trimmed; blank is ''. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoDay(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

export function requiredText(cell: RawCell, max: number, blankMessage: string): Parsed<string> {
  const text = cellText(cell);
  if (text === '') return fail(blankMessage);
  return text.length > max ? fail(`Must be ${max.toLocaleString('en-GB')} characters or fewer (it has ${text.length.toLocaleString('en-GB')})`) : ok(text);
}

export function optionalText(cell: RawCell, max: number): Parsed<string> {
  const text = cellText(cell);
  return text.length > max ? fail(`Must be ${max.toLocaleString('en-GB')} characters or fewer (it has ${text.length.toLocaleString('en-GB')})`) : ok(text);
}

/** A whole number, also written as "2" or as the action list export writes it ("2. Target digital access ..."). */
export function priorityNumber(cell: RawCell): Parsed<number> {
  const text = cellText(cell);
  if (text === '') return fail('Enter the number of the priority the action serves');
  const match = /^(\d{1,4})(?:\.0*)?(?:\.\s.*)?$/s.exec(text);
  return match ? ok(Number(match[1])) : fail(`"${text}" is not a priority number: write a whole number, like 2`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD text or a cell Excel stores as a date; blank is null. A real calendar date (not 2026-02-30). */
export function optionalDate(cell: RawCell): Parsed<string | null> {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail('The cell holds a date Excel cannot show') : ok(isoDay(cell));
  const text = cellText(cell);
  if (text === '') return ok(null);
  const match = ISO_DATE.exec(text);
  const real = match && Number(match[1]) >= 1000 && isoDay(new Date(`${text}T00:00:00Z`)) === text;
  return real ? ok(text) : fail(`"${text}" is not a real date written YYYY-MM-DD, like 2027-03-31`);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailAddress(cell: RawCell): Parsed<string> {
  const text = cellText(cell).replace(/^mailto:/i, '');
  if (text === '') return fail("Enter the lead owner's email address");
  return EMAIL.test(text) ? ok(text.toLowerCase()) : fail(`"${text}" is not an email address`);
}

/** Names separated by semicolons, each once, in the order given. */
export function nameList(cell: RawCell): string[] {
  const names = cellText(cell).split(IMPORT_LIST_SEPARATOR).map((name) => name.trim()).filter(Boolean);
  const byName = new Map<string, string>();
  for (const name of names) if (!byName.has(normaliseName(name))) byName.set(normaliseName(name), name);
  return [...byName.values()];
}

/** "Blue (complete)" and "Grey (not started)" as the action list export writes them, besides the plain colours. */
const RAG_WORDS = new Map<string, Rag>(
  (Object.entries(RAG_LABELS) as [Rag, string][]).flatMap(([rag, label]) => [[normaliseName(label), rag], [rag, rag]]),
);
RAG_WORDS.set('gray', 'grey');
const STATUS_WORDS = new Map<string, ImportStatus>(
  (['not_started', 'in_progress', 'complete'] as const).map((status) => [normaliseName(ACTION_STATUS_LABELS[status]), status]),
);

export function optionalStatus(cell: RawCell): Parsed<ImportStatus | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  if (normaliseName(text) === 'cancelled') return fail('An action cannot be imported as cancelled: leave it out of the file');
  const status = STATUS_WORDS.get(normaliseName(text));
  return status ? ok(status) : fail(`"${text}" is not a status: use Not started, In progress or Complete`);
}

export function optionalRag(cell: RawCell): Parsed<Rag | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const rag = RAG_WORDS.get(normaliseName(text));
  return rag ? ok(rag) : fail(`"${text}" is not a RAG rating: use Red, Amber, Green, Blue or Grey`);
}

const REFERENCE = /^[A-Z0-9]+(?:[-./][A-Z0-9]+)*$/;

/** Capitals, digits and - . / between them, at most 20 characters; blank is null (Steerline gives the next one). */
export function optionalReference(cell: RawCell): Parsed<string | null> {
  const text = cellText(cell).toUpperCase();
  if (text === '') return ok(null);
  if (text.length > 20 || !REFERENCE.test(text)) return fail(`"${text}" is not a reference: use letters and digits, joined by - . or /, such as DI-012 (20 characters at most)`);
  // Steerline numbers references by the digits after the prefix; more than six would overflow its counter.
  return /\d{7,}/.test(text) ? fail('A number in a reference can have at most 6 digits') : ok(text);
}
