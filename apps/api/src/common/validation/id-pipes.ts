import { RecordIdPipe } from './record-id.pipe.js';

/** The path ids of records several features address (`/actions/:id/escalations`, `/reviews/cycles/:id/...`). */
export const ActionIdPipe = new RecordIdPipe('The action');
export const EscalationIdPipe = new RecordIdPipe('The escalation');
export const ReviewCycleIdPipe = new RecordIdPipe('The review cycle');
export const ReviewReturnIdPipe = new RecordIdPipe('The review return');
export const RiskIdPipe = new RecordIdPipe('The risk');
