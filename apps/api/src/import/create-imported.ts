import type { ImportedAction } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import type { ActionsService } from '../actions/actions.service.js';
import type { AuditService } from '../audit/audit.service.js';
import { selectActionProgress, setImportedProgress } from './import.queries.js';
import type { ImportCandidate } from './validation/validate-rows.js';

type Created = { id: string; reference: string };

/**
 * Creates the checked rows on the caller's transaction, each audited as 'import'. ActionsService gives every new action
 * the next free reference and its initial status; a row that names its own reference, status or RAG is then set
 * to them on the same transaction, with a second 'import' audit row for that change.
 * Rows with a reference go first, each set before the next is created, so a generated reference never takes one the file names.
 */
export async function createImported(
  manager: EntityManager,
  services: { actions: ActionsService; audit: AuditService },
  actorId: string,
  candidates: ImportCandidate[],
): Promise<ImportedAction[]> {
  const created = new Map<ImportCandidate, Created>();
  for (const candidate of candidates.filter((row) => row.reference)) {
    const [action] = await services.actions.createMany(manager, actorId, [candidate.input], 'import');
    created.set(candidate, await settle(manager, services.audit, actorId, candidate, action));
  }
  const generated = candidates.filter((row) => !row.reference);
  const actions = await services.actions.createMany(manager, actorId, generated.map((row) => row.input), 'import');
  for (const [index, candidate] of generated.entries()) created.set(candidate, await settle(manager, services.audit, actorId, candidate, actions[index]));
  return candidates.map((candidate) => ({ ...created.get(candidate)!, title: candidate.input.title.trim() }));
}

async function settle(manager: EntityManager, audit: AuditService, actorId: string, candidate: ImportCandidate, action: Created): Promise<Created> {
  const row = await selectActionProgress(manager, action.id);
  const before = { reference: row.reference, status: row.status, rag: row.rag, percentComplete: row.percent_complete };
  const after = { reference: candidate.reference ?? action.reference, ...candidate.progress };
  if (JSON.stringify(before) === JSON.stringify(after)) return action;
  await setImportedProgress(manager, action.id, after);
  await audit.record(manager, { actorId, operation: 'import', entityType: 'action', entityId: action.id, before, after });
  return { id: action.id, reference: after.reference };
}
