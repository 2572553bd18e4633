import { ACTION_STATUS_LABELS, type ImportColumnKey } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { selectTemplateNames } from '../import.queries.js';

/** What Steerline accepts in the columns that name its records, as it has them now, for the Guidance sheet. */
export async function acceptedValues(db: EntityManager, strategyId: string | null): Promise<Partial<Record<ImportColumnKey, string[]>>> {
  return {
    ...(await selectTemplateNames(db, strategyId)),
    status: (['not_started', 'in_progress', 'complete'] as const).map((status) => ACTION_STATUS_LABELS[status]),
    rag: ['Red', 'Amber', 'Green', 'Blue', 'Grey'],
  };
}
