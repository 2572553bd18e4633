import type { RetireRequest } from '@steerline/contracts';
import { EditedVersion } from '../../common/validation/field-rules.js';

/** Retiring is an edit: it names the version it was based on, and a stale one is answered 409. */
export class RetireDto implements RetireRequest {
  @EditedVersion('record')
  version!: number;
}
