import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateRiskRequest, RISK_SCORES } from '@steerline/contracts';
import { IfPresent } from '../../common/validation/field-rules.js';
import { MitigationInputDto } from './mitigation.dto.js';
import { RiskRules } from './risk-rules.js';

export class CreateRiskDto implements CreateRiskRequest {
  @ApiProperty({ example: 'The Forum withdraws drop-in space' })
  @RiskRules.title()
  title!: string;

  @ApiProperty({ example: 'The Forum needs the room for paid bookings' })
  @RiskRules.cause()
  cause!: string;

  @ApiProperty({ example: 'Get online Tuesdays stop; the most excluded residents lose their nearest help' })
  @RiskRules.effect()
  effect!: string;

  @ApiProperty({ format: 'uuid', description: 'An active user' })
  @RiskRules.ownerId()
  ownerId!: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @RiskRules.likelihood()
  likelihood!: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @RiskRules.impact()
  impact!: number;

  @ApiProperty({ enum: RISK_SCORES, description: 'The score the mitigations aim for' })
  @RiskRules.targetScore()
  targetScore!: number;

  @ApiProperty({ example: '2027-01-31' })
  @RiskRules.reviewDate()
  reviewDate!: string;

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @RiskRules.actionIds()
  actionIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @RiskRules.priorityIds()
  priorityIds?: string[];

  @ApiPropertyOptional({ type: [MitigationInputDto] })
  @IfPresent()
  @RiskRules.items(() => MitigationInputDto)
  mitigations?: MitigationInputDto[];
}
