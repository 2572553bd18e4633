import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateActionRequest } from '@steerline/contracts';
import { ActionRules } from './action-rules.js';
import { IfPresent } from '../../common/validation/field-rules.js';
import { MeasureInputDto, MilestoneInputDto } from './plan-item.dto.js';

export class CreateActionDto implements CreateActionRequest {
  @ApiProperty({ example: 'Get online Tuesdays at The Forum' })
  @ActionRules.title()
  title!: string;

  @ApiPropertyOptional()
  @IfPresent()
  @ActionRules.description()
  description?: string;

  @ApiProperty({ format: 'uuid' })
  @ActionRules.priorityId()
  priorityId!: string;

  @ApiProperty({ format: 'uuid', description: 'An active user' })
  @ActionRules.ownerId()
  ownerId!: string;

  @ApiProperty({ format: 'uuid' })
  @ActionRules.owningBodyId()
  owningBodyId!: string;

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @ActionRules.partnerIds()
  partnerIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @ActionRules.segmentIds()
  segmentIds?: string[];

  @ApiPropertyOptional({ example: '2026-04-01', nullable: true })
  @ActionRules.date()
  startDate?: string | null;

  @ApiPropertyOptional({ example: '2027-03-31', nullable: true })
  @ActionRules.date()
  dueDate?: string | null;

  @ApiPropertyOptional({ type: [MilestoneInputDto] })
  @IfPresent()
  @ActionRules.milestones()
  milestones?: MilestoneInputDto[];

  @ApiPropertyOptional({ type: [MeasureInputDto] })
  @IfPresent()
  @ActionRules.measures()
  measures?: MeasureInputDto[];
}
