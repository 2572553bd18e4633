import type { RetireRequest } from '@steerline/contracts';
import { EditedVersion } from '../../common/validation/field-rules.js';

export class RetireSegmentDto implements RetireRequest {
  @EditedVersion('segment')
  version!: number;
}
