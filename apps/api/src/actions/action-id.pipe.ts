import { RecordIdPipe } from '../common/validation/record-id.pipe.js';

export const ActionIdPipe = new RecordIdPipe('The action');
