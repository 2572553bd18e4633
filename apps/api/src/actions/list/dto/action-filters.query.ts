import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTION_LIST_SORTS, ACTION_STATUSES, RAGS, SORT_DIRECTIONS,
  type ActionListFilters, type ActionListSort, type ActionStatus, type Rag, type SortDirection,
} from '@steerline/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { emptyToUndefined, toBoolean, toList, UUID_OR_ME_PATTERN, UUID_OR_NUMBER_PATTERN, UUID_PATTERN } from '../../../common/validation/query-values.js';

const oneOf = (values: readonly string[]) => `$property must be one of: ${values.join(', ')}`;
const anId = '$property must be an id (a UUID)';

/** The filters and sort shared by the action list and its exports. */
export class ActionFiltersQuery implements ActionListFilters {
  @ApiPropertyOptional({ type: [String], description: 'Priority ids or numbers; repeat or comma separate' })
  @Transform(toList)
  @IsOptional()
  @Matches(UUID_OR_NUMBER_PATTERN, { each: true, message: '$property must be priority ids or numbers' })
  priority?: string[];

  @ApiPropertyOptional({ enum: ACTION_STATUSES, isArray: true })
  @Transform(toList)
  @IsOptional()
  @IsIn(ACTION_STATUSES, { each: true, message: oneOf(ACTION_STATUSES) })
  status?: ActionStatus[];

  @ApiPropertyOptional({ enum: RAGS, isArray: true })
  @Transform(toList)
  @IsOptional()
  @IsIn(RAGS, { each: true, message: oneOf(RAGS) })
  rag?: Rag[];

  @ApiPropertyOptional({ description: 'A user id, or `me`' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(UUID_OR_ME_PATTERN, { message: '$property must be a user id (a UUID) or me' })
  owner?: string;

  @ApiPropertyOptional({ description: 'Owning body id' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(UUID_PATTERN, { message: anId })
  body?: string;

  @ApiPropertyOptional({ description: 'Partner id' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(UUID_PATTERN, { message: anId })
  partner?: string;

  @ApiPropertyOptional({ description: 'Population segment id' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(UUID_PATTERN, { message: anId })
  segment?: string;

  @ApiPropertyOptional()
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional()
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false' })
  stale?: boolean;

  @ApiPropertyOptional({ description: 'Waiting on an open blocking action' })
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false' })
  blocked?: boolean;

  @ApiPropertyOptional({ description: 'Text in the reference, title or description' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ACTION_LIST_SORTS })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(ACTION_LIST_SORTS, { message: oneOf(ACTION_LIST_SORTS) })
  sort?: ActionListSort;

  @ApiPropertyOptional({ enum: SORT_DIRECTIONS })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(SORT_DIRECTIONS, { message: oneOf(SORT_DIRECTIONS) })
  direction?: SortDirection;
}
