import { RecordIdPipe } from '../common/validation/record-id.pipe.js';

export const EscalationIdPipe = new RecordIdPipe('The escalation');
