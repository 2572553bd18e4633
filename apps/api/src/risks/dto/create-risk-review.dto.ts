import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateRiskReviewRequest, RISK_STATUSES, type RiskStatus } from '@steerline/contracts';
import { IsUUID } from 'class-validator';
import { EditedVersion, IfPresent, Text } from '../../common/validation/field-rules.js';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';
import { RiskRules } from './risk-rules.js';

export class CreateRiskReviewDto implements CreateRiskReviewRequest {
  @EditedVersion('risk')
  version!: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @RiskRules.likelihood()
  likelihood!: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @RiskRules.impact()
  impact!: number;

  @ApiProperty({ enum: RISK_STATUSES })
  @RiskRules.status()
  status!: RiskStatus;

  @ApiProperty({ example: 'Second venue agreed with the library service; likelihood down to 2.' })
  @Text(5000, 'Say what the review found')
  note!: string;

  @ApiProperty({ example: '2027-04-30', description: 'When the risk is to be reviewed next' })
  @IsIsoDate({ message: 'Enter the next review date as a real date, like 2027-04-30' })
  nextReviewDate!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The review cycle this review is part of' })
  @IfPresent()
  @IsUUID('all', { message: 'reviewCycleId must be the id of a review cycle' })
  reviewCycleId?: string;
}
