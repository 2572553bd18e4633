import { ApiPropertyOptional } from '@nestjs/swagger';
import { RISK_SCORES, type UpdateRiskRequest } from '@steerline/contracts';
import { EditedVersion, IfPresent } from '../../common/validation/field-rules.js';
import { RiskRules } from './risk-rules.js';

/** Likelihood, impact and status are not here: they change by a review (CreateRiskReviewDto), so each change is in the history. */
export class UpdateRiskDto implements UpdateRiskRequest {
  @EditedVersion('risk')
  version!: number;

  @ApiPropertyOptional()
  @IfPresent()
  @RiskRules.title()
  title?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @RiskRules.cause()
  cause?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @RiskRules.effect()
  effect?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IfPresent()
  @RiskRules.ownerId()
  ownerId?: string;

  @ApiPropertyOptional({ enum: RISK_SCORES })
  @IfPresent()
  @RiskRules.targetScore()
  targetScore?: number;

  @ApiPropertyOptional({ example: '2027-01-31' })
  @IfPresent()
  @RiskRules.reviewDate()
  reviewDate?: string;

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @RiskRules.actionIds()
  actionIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @RiskRules.priorityIds()
  priorityIds?: string[];
}
