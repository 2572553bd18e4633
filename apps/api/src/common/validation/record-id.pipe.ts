import { type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { NotFoundError } from '../errors/domain-error.js';

/** A record's id from the path: a malformed one cannot name the record, so it is answered 404 like an unknown one. */
export class RecordIdPipe implements PipeTransform<string, string> {
  constructor(private readonly what: string) {}

  transform(value: string): string {
    if (!isUUID(value)) throw new NotFoundError(this.what);
    return value.toLowerCase();
  }
}
