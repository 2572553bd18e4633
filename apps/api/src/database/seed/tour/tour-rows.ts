import { demoId } from '../demo-ids.js';
import { DEMO_TABLES, type DemoRows } from '../demo.queries.js';
import { idOf, type TourContext } from './tour-context.js';
import { tourEvidenceRows } from './tour-evidence.js';
import { tourGovernanceRows } from './tour-governance-rows.js';
import { TOUR_PARTNER_DETAILS } from './tour-people.js';
import { tourPlanRows } from './tour-plan-rows.js';
import { tourReviewRows } from './tour-review-rows.js';

export { tourSignOffs } from './tour-review-rows.js';

function partnerRows(context: TourContext): DemoRows {
  const rows = { partner_contact: [], partner_protocol: [] } as Required<Pick<DemoRows, 'partner_contact' | 'partner_protocol'>>;
  for (const details of TOUR_PARTNER_DETAILS) {
    const partnerId = idOf(context.partners, details.partner);
    details.contacts.forEach((contact, position) =>
      rows.partner_contact.push({ id: demoId(`contact:${details.partner}:${position}`), partner_id: partnerId, phone: null, ...contact }),
    );
    details.protocols.forEach((protocol, position) =>
      rows.partner_protocol.push({
        id: demoId(`protocol:${details.partner}:${position}`), partner_id: partnerId, protocol_name: protocol.name, protocol_version: protocol.version,
        signed_on: context.calendar.dayOf(protocol.signedMonth, 10 + position), signed_by: protocol.signedBy,
      }),
    );
  }
  return rows;
}

/** Every row of the tour beyond the strategy and its people, table by table. */
export function tourRows(context: TourContext): DemoRows {
  const { updatesByAction, ...plan } = tourPlanRows(context);
  const parts = [partnerRows(context), plan, tourGovernanceRows(context), tourReviewRows(context, updatesByAction)];
  const merged = (of: DemoRows[]): DemoRows => Object.fromEntries(DEMO_TABLES.map((table) => [table, of.flatMap((part) => part[table] ?? [])]));
  const records = merged(parts);
  return merged([records, tourEvidenceRows(records)]);
}
