import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateActionRequest } from '@steerline/contracts';
import { IsIn } from 'class-validator';
import { ActionRules } from './action-rules.js';
import { EditedVersion, IfPresent } from '../../common/validation/field-rules.js';
import { MeasureInputDto, MilestoneInputDto } from './plan-item.dto.js';

const EDITABLE_STATUSES = ['not_started', 'in_progress', 'complete'] as const;

/** Only the fields sent are changed. Lists (partners, segments, milestones, measures) are replaced as a whole. */
export class UpdateActionDto implements UpdateActionRequest {
  @EditedVersion('action')
  version!: number;

  @ApiPropertyOptional({ enum: EDITABLE_STATUSES, description: 'Cancel with POST /actions/:id/cancel instead' })
  @IfPresent()
  @IsIn(EDITABLE_STATUSES, { message: `status must be one of ${EDITABLE_STATUSES.join(', ')}` })
  status?: (typeof EDITABLE_STATUSES)[number];

  @ApiPropertyOptional()
  @IfPresent()
  @ActionRules.title()
  title?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @ActionRules.description()
  description?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IfPresent()
  @ActionRules.priorityId()
  priorityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IfPresent()
  @ActionRules.ownerId()
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IfPresent()
  @ActionRules.owningBodyId()
  owningBodyId?: string;

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @ActionRules.partnerIds()
  partnerIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @ActionRules.segmentIds()
  segmentIds?: string[];

  @ApiPropertyOptional({ nullable: true })
  @ActionRules.date()
  startDate?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @ActionRules.date()
  dueDate?: string | null;

  @ApiPropertyOptional({ type: [MilestoneInputDto], description: 'With id: updated; without: added; left out: removed (done ones cannot be)' })
  @IfPresent()
  @ActionRules.milestones()
  milestones?: MilestoneInputDto[];

  @ApiPropertyOptional({ type: [MeasureInputDto], description: 'With id: updated; without: added; left out: removed (unless values were reported)' })
  @IfPresent()
  @ActionRules.measures()
  measures?: MeasureInputDto[];
}
