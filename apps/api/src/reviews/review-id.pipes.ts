import { RecordIdPipe } from '../common/validation/record-id.pipe.js';

export const ReviewCycleIdPipe = new RecordIdPipe('The review cycle');
export const ReviewReturnIdPipe = new RecordIdPipe('The review return');
