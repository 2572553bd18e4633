import type { AuditEventRow } from '@steerline/contracts';

/** Names of records the page knows (people, bodies, partners), by id, so a change reads "Bodies: Channel shift board" not a UUID. */
export type KnownNames = ReadonlyMap<string, string>;

export const ENTITY_TYPE_LABELS: Record<string, string> = {
  action: 'Action',
  progress_update: 'Progress update',
  partner: 'Partner',
  partner_contact: 'Partner contact',
  partner_protocol: 'Signed protocol',
  segment: 'Population segment',
  strategy: 'Strategy',
  priority: 'Priority',
  body: 'Governance body',
  user: 'Person',
  attachment: 'File of evidence',
  sign_in: 'Sign-in',
};

export const OPERATION_LABELS: Record<string, string> = {
  create: 'Created',
  edit: 'Changed',
  cancel: 'Cancelled',
  sign_off: 'Signed off',
  deactivate: 'Deactivated',
  import: 'Imported',
  issue_link: 'Set-password link sent',
  refuse_link: 'Set-password link refused',
  set_password: 'Password set',
  change_password: 'Password changed',
  retire: 'Retired',
  sign_in: 'Signed in',
  refuse_sign_in: 'Sign-in refused',
  enrol_two_factor: 'Two-factor authentication turned on',
  use_two_factor: 'Authenticator code used',
  use_recovery_code: 'Recovery code used',
  reset_two_factor: 'Two-factor authentication reset',
  refuse_file: 'File refused by the virus scan',
};

const FIELD_LABELS: Record<string, string> = {
  weeklyDueEmail: 'Weekly e-mail',
  bodyIds: 'Bodies',
  owningBodyId: 'Owning body',
  reportsToId: 'Reports to',
  partnerId: 'Partner',
  isAdmin: 'Administrator',
  isActive: 'Active',
  householdShare: 'Share of households',
  veryLowPropensity: 'Very low propensity to self-serve',
  rag: 'RAG rating',
  email: 'Email address',
  signedOn: 'Date signed',
  protocolName: 'Protocol',
  protocolVersion: 'Protocol version',
  linkPurpose: 'Link for',
  linkExpiresAt: 'Link expires',
  refusedAs: 'Refused because',
  otherSessionsEnded: 'Signed out elsewhere',
};

/** "some_thing" or "someThing" as "Some thing". */
function sentenceCase(name: string): string {
  const words = name
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const entityTypeLabel = (entityType: string): string => ENTITY_TYPE_LABELS[entityType] ?? sentenceCase(entityType);

export const operationLabel = (operation: string): string => OPERATION_LABELS[operation] ?? sentenceCase(operation);

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? sentenceCase(field);

const MAX_TEXT = 120;

/** A recorded value as a person reads it: Yes/No, names instead of ids, "none" for nothing, long text shortened. */
export function formatValue(value: unknown, names: KnownNames = new Map()): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const text = names.get(value) ?? value;
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
  }
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((item) => formatValue(item, names)).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of ['name', 'title'] as const) if (typeof record[key] === 'string') return formatValue(record[key], names);
    if (typeof record.number === 'number') return `Priority ${record.number}`;
    return JSON.stringify(value);
  }
  return String(value);
}

export interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

/**
 * Each changed field as "field: before → after", in the order recorded. A change a person could not see (nothing to
 * an empty text, say) is left out.
 */
export function describeChanges(changes: AuditEventRow['changes'], names: KnownNames = new Map()): ChangeLine[] {
  return Object.entries(changes ?? {})
    .map(([field, { before, after }]) => ({ field: fieldLabel(field), before: formatValue(before, names), after: formatValue(after, names) }))
    .filter((line) => line.before !== line.after);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const latest = (event: AuditEventRow, field: string): unknown => event.changes?.[field]?.after ?? event.changes?.[field]?.before;

/** Which record the event is about, by name where it can be told, and where to see it in the service. */
export function describeEntity(event: AuditEventRow, names: KnownNames = new Map()): { label: string; name?: string; href?: string } {
  const label = entityTypeLabel(event.entityType);
  const name =
    names.get(event.entityId) ?? text(latest(event, 'reference')) ?? text(latest(event, 'name')) ?? text(latest(event, 'protocolName'));
  const partnerId = text(latest(event, 'partnerId'));
  const hrefs: Record<string, string | undefined> = {
    action: `/actions/${event.entityId}`,
    partner: `/partners/${event.entityId}`,
    user: `/admin/users/${event.entityId}`,
    partner_contact: partnerId && `/partners/${partnerId}`,
    partner_protocol: partnerId && `/partners/${partnerId}`,
    segment: '/coverage',
  };
  return { label, name, href: hrefs[event.entityType] };
}

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });

/** An ISO timestamp as "27 November 2026 at 19:54" (UTC, like the date filters). */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(WHEN.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}
