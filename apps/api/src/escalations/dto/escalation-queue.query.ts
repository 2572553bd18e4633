import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ESCALATION_QUEUE_DEFAULT_PAGE_SIZE, ESCALATION_QUEUE_MAX_PAGE_SIZE, ESCALATION_URGENCIES,
  type EscalationQueueQuery as QueueQuery, type EscalationUrgency,
} from '@steerline/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageNumber, PageSize } from '../../common/validation/paging.js';
import { toList, UUID_OR_NUMBER_PATTERN, UUID_PATTERN } from '../../common/validation/query-values.js';

export class EscalationQueueQuery implements QueueQuery {
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

  @ApiPropertyOptional({ enum: ESCALATION_URGENCIES, isArray: true })
  @Transform(toList)
  @IsOptional()
  @IsIn(ESCALATION_URGENCIES, { each: true, message: `$property must be one of: ${ESCALATION_URGENCIES.join(', ')}` })
  urgency?: EscalationUrgency[];

  @PageNumber()
  page = 1;

  @PageSize(ESCALATION_QUEUE_DEFAULT_PAGE_SIZE, ESCALATION_QUEUE_MAX_PAGE_SIZE)
  pageSize = ESCALATION_QUEUE_DEFAULT_PAGE_SIZE;
}
