import { IsUUID } from 'class-validator';

/** GET /reviews/compare?from=<cycle id>&to=<cycle id> */
export class CompareCyclesQuery {
  @IsUUID('all', { message: 'from must be a review cycle id' })
  from!: string;

  @IsUUID('all', { message: 'to must be a review cycle id' })
  to!: string;
}
