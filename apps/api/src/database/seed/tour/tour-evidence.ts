import { createHash } from 'node:crypto';
import { changedFields } from '../../../audit/audit.service.js';
import { demoId } from '../demo-ids.js';
import type { DemoRow, DemoRows } from '../demo.queries.js';

type Rows = (table: keyof DemoRows) => DemoRow[];

interface EvidenceFile {
  actionId: string;
  on: { kind: 'progress_update' | 'escalation'; id: string };
  fileName: string;
  text: string;
  by: string;
  at: string;
}

const groupBy = <T>(items: T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

const day = (timestamp: unknown) => String(timestamp).slice(0, 10);

/** Each action's measure values, every month it reported them, as the owner keeps them: attached to its latest update. */
function measureSheets(rows: Rows, references: Map<string, string>): EvidenceFile[] {
  const measures = new Map(rows('measure').map((measure) => [String(measure.id), measure]));
  const valuesOf = groupBy(rows('progress_update_measure'), (value) => String(value.update_id));
  const files: EvidenceFile[] = [];
  for (const [actionId, updates] of groupBy(rows('progress_update'), (update) => String(update.action_id))) {
    const sorted = [...updates].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
    const lines = sorted.flatMap((update) =>
      (valuesOf.get(String(update.id)) ?? []).map((value) => {
        const measure = measures.get(String(value.measure_id))!;
        return `${day(update.created_at)},"${measure.name}",${value.value},${measure.target ?? ''}`;
      }),
    );
    if (lines.length === 0) continue;
    const latest = sorted.at(-1)!;
    files.push({
      actionId, on: { kind: 'progress_update', id: String(latest.id) }, fileName: `${references.get(actionId)} measures to ${day(latest.created_at)}.csv`,
      text: ['Date,Measure,Value,Target', ...lines].join('\r\n') + '\r\n', by: String(latest.author_id), at: String(latest.created_at),
    });
  }
  return files;
}

/** The note each escalation was raised with, for the board to read beside it. */
function escalationNotes(rows: Rows, references: Map<string, string>): EvidenceFile[] {
  return rows('escalation').map((escalation) => ({
    actionId: String(escalation.action_id), on: { kind: 'escalation', id: String(escalation.id) },
    fileName: `Note for the board on ${references.get(String(escalation.action_id))}.txt`,
    text: [`What is wrong: ${escalation.problem}`, `Impact: ${escalation.impact}`, `Decision asked for: ${escalation.decision_sought}`].join('\n\n') + '\n',
    by: String(escalation.raised_by_id), at: String(escalation.raised_at),
  }));
}

/**
 * Files of evidence on the tour's records, so an action page, its updates and its escalations have some to show: a CSV
 * of each action's measure values on its latest update, and a note on each escalation. Plain text, typed as the upload
 * would type it, each audited as an upload is.
 */
export function tourEvidenceRows(plan: DemoRows): DemoRows {
  const rows: Rows = (table) => plan[table] ?? [];
  const references = new Map(rows('action').map((action) => [String(action.id), String(action.reference)]));
  const rowsOut = { attachment: [], attachment_content: [], audit_event: [] } as Required<Pick<DemoRows, 'attachment' | 'attachment_content' | 'audit_event'>>;
  for (const file of [...measureSheets(rows, references), ...escalationNotes(rows, references)]) {
    const id = demoId(`evidence:${file.on.kind}:${file.on.id}`);
    const content = Buffer.from(file.text, 'utf8');
    const mediaType = `${file.fileName.endsWith('.csv') ? 'text/csv' : 'text/plain'}; charset=utf-8`;
    const sha256 = createHash('sha256').update(content).digest('hex');
    rowsOut.attachment.push({
      id, action_id: file.actionId, progress_update_id: file.on.kind === 'progress_update' ? file.on.id : null, review_return_id: null,
      escalation_id: file.on.kind === 'escalation' ? file.on.id : null, file_name: file.fileName, media_type: mediaType, size_bytes: content.length,
      sha256, uploaded_by_id: file.by, uploaded_at: file.at,
    });
    rowsOut.attachment_content.push({ attachment_id: id, content: `\\x${content.toString('hex')}` });
    rowsOut.audit_event.push({
      occurred_at: file.at, actor_id: file.by, operation: 'create', entity_type: 'attachment', entity_id: id,
      changes: changedFields(null, { fileName: file.fileName, mediaType, sizeBytes: content.length, sha256, attachedTo: file.on, actionId: file.actionId }),
    });
  }
  return rowsOut;
}
