import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ValidationFailedError } from '../../common/errors/domain-error.js';

/** A review cycle id from the path: a malformed one is answered 400, an unknown well-formed one 404 by the service. */
@Injectable()
export class CycleIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new ValidationFailedError([{ field: 'id', messages: ['The review cycle id must be a UUID.'] }]);
    return value.toLowerCase();
  }
}
