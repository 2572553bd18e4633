import { ApiPropertyOptional } from '@nestjs/swagger';
import { type RiskListFilters, RISK_STATUSES, type RiskStatus } from '@steerline/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { emptyToUndefined, toList, UUID_OR_ME_PATTERN } from '../../common/validation/query-values.js';

export class ListRisksQuery implements RiskListFilters {
  @ApiPropertyOptional({ enum: RISK_STATUSES, isArray: true, description: 'Comma separated or repeated' })
  @Transform(toList)
  @IsOptional()
  @IsIn(RISK_STATUSES, { each: true, message: `status must be one of ${RISK_STATUSES.join(', ')}` })
  status?: RiskStatus[];

  @ApiPropertyOptional({ description: "A person's id, or `me`" })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(UUID_OR_ME_PATTERN, { message: 'ownerId must be a person\u2019s id or me' })
  ownerId?: string;
}
