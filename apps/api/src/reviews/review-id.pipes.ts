import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { NotFoundError } from '../common/errors/domain-error.js';

/** A malformed id cannot name a record, so it is answered 404 like an unknown one. */
abstract class IdPipe implements PipeTransform<string, string> {
  protected abstract readonly what: string;

  transform(value: string): string {
    if (!isUUID(value)) throw new NotFoundError(this.what);
    return value.toLowerCase();
  }
}

@Injectable()
export class ReviewCycleIdPipe extends IdPipe {
  protected readonly what = 'The review cycle';
}

@Injectable()
export class ReviewReturnIdPipe extends IdPipe {
  protected readonly what = 'The review return';
}
