import { ACTION_STATUS_LABELS, IMPORT_LIST_SEPARATOR, RAG_LABELS, type ImportColumnKey } from '@steerline/contracts';
import { DEMO_ACTIONS, DEMO_BODIES } from '../../database/seed/demo-data.js';

const example = DEMO_ACTIONS[0];

/** The template's example row: the first action of the demo plan, its reference left blank so Steerline would give one. */
export const TEMPLATE_EXAMPLE: Record<ImportColumnKey, string | number> = {
  reference: '',
  title: example.title,
  description: example.description,
  priority: example.priority,
  ownerEmail: example.owner,
  owningBody: DEMO_BODIES.find((body) => body.kind === example.body)!.name,
  partners: example.partners.join(`${IMPORT_LIST_SEPARATOR} `),
  segments: example.segments.join(`${IMPORT_LIST_SEPARATOR} `),
  startDate: example.startDate,
  dueDate: example.dueDate,
  status: ACTION_STATUS_LABELS[example.status],
  rag: RAG_LABELS[example.rag],
};
