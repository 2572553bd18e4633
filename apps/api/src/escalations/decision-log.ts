import type { DecisionLogEntry } from '@steerline/contracts';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../common/text/neutralise-formula.js';

const COLUMNS: [string, (entry: DecisionLogEntry) => string][] = [
  ['Decided on', (e) => e.decidedAt.slice(0, 10)],
  ['Action', (e) => e.action.reference],
  ['Action title', (e) => e.action.title],
  ['Decision asked', (e) => e.decisionSought],
  ['Urgency', (e) => e.urgency],
  ['Outcome', (e) => e.outcome],
  ['Decision', (e) => e.decisionText],
  ['Conditions', (e) => e.conditions ?? ''],
  ['Decided by', (e) => e.decidedBy.name],
  ['Raised by', (e) => e.raisedBy.name],
  ['Board meeting', (e) => (e.meeting ? `${e.meeting.meetingDate} ${e.meeting.title}` : '')],
  ['Escalation status', (e) => e.status],
  ['Escalation id', (e) => e.escalationId],
];

/** RFC 4180 CSV with a byte order mark, text cells kept from running as formulas, like the action export. */
export function decisionsToCsv(entries: readonly DecisionLogEntry[]): string {
  const records = entries.map((entry) => COLUMNS.map(([, value]) => neutraliseFormula(value(entry))));
  return stringify(records, { header: true, columns: COLUMNS.map(([header]) => header), bom: true, record_delimiter: 'windows' });
}
