import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { NotFoundError } from '../common/errors/domain-error.js';

/** An escalation id from the path: a malformed one cannot name an escalation, so it is answered 404 like an unknown one. */
@Injectable()
export class EscalationIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new NotFoundError('The escalation');
    return value.toLowerCase();
  }
}
