import type { PipeTransform } from '@nestjs/common';
import { ErrorCode } from '@steerline/contracts';
import { DomainError } from '../common/errors/domain-error.js';

/** An unsubscribe token is 43 base64url characters; anything else is a link nobody issued (404 link_unknown). */
export class UnsubscribeTokenPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[A-Za-z0-9_-]{43}$/.test(value)) throw new DomainError(ErrorCode.LinkUnknown, 'This unsubscribe link is not known: check it was copied whole.');
    return value;
  }
}
