import type { BodyDetail, BodyMember, BodySummary, Priority, Strategy } from '@steerline/contracts';
import type { BodyRow } from '../bodies.queries.js';
import type { PriorityRow } from '../priorities.queries.js';
import type { StrategyRow } from '../strategy.queries.js';

export const toStrategy = (row: StrategyRow): Strategy => ({
  id: row.id,
  title: row.name,
  referencePrefix: row.reference_prefix,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  vision: row.purpose,
  owningBody: row.owning_body_id ? { id: row.owning_body_id, name: row.owning_body_name ?? '' } : null,
  version: row.version,
});

/** The fields an audit row records for the strategy. */
export const auditedStrategy = (s: Strategy) => ({
  title: s.title,
  referencePrefix: s.referencePrefix,
  periodStart: s.periodStart,
  periodEnd: s.periodEnd,
  vision: s.vision,
  owningBodyId: s.owningBody?.id ?? null,
});

export const toPriority = (row: PriorityRow): Priority => ({
  id: row.id,
  number: row.number,
  title: row.title,
  description: row.description,
  displayOrder: row.display_order,
  retired: row.retired,
  version: row.version,
});

export const auditedPriority = (p: Priority) => ({ number: p.number, title: p.title, description: p.description, displayOrder: p.displayOrder, retired: p.retired });

export const toBodySummary = (row: BodyRow): BodySummary => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  remit: row.remit,
  memberCount: row.member_count,
  reportsTo: row.reports_to_id ? { id: row.reports_to_id, name: row.reports_to_name ?? '' } : null,
  retired: row.retired,
  version: row.version,
});

export const toBodyDetail = (row: BodyRow, members: BodyMember[]): BodyDetail => ({ ...toBodySummary(row), members });

export const auditedBody = (b: BodySummary) => ({ name: b.name, kind: b.kind, remit: b.remit, reportsToId: b.reportsTo?.id ?? null, retired: b.retired });
