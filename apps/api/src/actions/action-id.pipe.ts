import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { NotFoundError } from '../common/errors/domain-error.js';

/** An action id from the path: a malformed one cannot name an action, so it is answered 404 like an unknown one. */
@Injectable()
export class ActionIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new NotFoundError('The action');
    return value.toLowerCase();
  }
}
