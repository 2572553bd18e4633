import { ApiPropertyOptional } from '@nestjs/swagger';
import { DECISION_OUTCOMES, type DecisionLogFilters, type DecisionOutcome } from '@steerline/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { emptyToUndefined, toList, UUID_OR_NUMBER_PATTERN, UUID_PATTERN } from '../../common/validation/query-values.js';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';

export class DecisionLogQuery implements DecisionLogFilters {
  @ApiPropertyOptional({ enum: DECISION_OUTCOMES, isArray: true })
  @Transform(toList)
  @IsOptional()
  @IsIn(DECISION_OUTCOMES, { each: true, message: `$property must be one of: ${DECISION_OUTCOMES.join(', ')}` })
  outcome?: DecisionOutcome[];

  @ApiPropertyOptional({ type: [String], description: 'Priority ids or numbers; repeat or comma separate' })
  @Transform(toList)
  @IsOptional()
  @Matches(UUID_OR_NUMBER_PATTERN, { each: true, message: '$property must be priority ids or numbers' })
  priority?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Owning body ids; repeat or comma separate' })
  @Transform(toList)
  @IsOptional()
  @Matches(UUID_PATTERN, { each: true, message: '$property must be body ids (UUIDs)' })
  body?: string[];

  @ApiPropertyOptional({ description: 'An action id' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(UUID_PATTERN, { message: '$property must be an action id (a UUID)' })
  action?: string;

  @ApiPropertyOptional({ description: 'A board meeting id: the decisions taken at it' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(UUID_PATTERN, { message: '$property must be a board meeting id (a UUID)' })
  meeting?: string;

  @ApiPropertyOptional({ description: 'Decided on or after, YYYY-MM-DD' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Decided on or before, YYYY-MM-DD' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIsoDate()
  to?: string;
}
