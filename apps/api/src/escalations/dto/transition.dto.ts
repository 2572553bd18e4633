import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DECISION_OUTCOMES, type DecideEscalationRequest, type DecisionOutcome, type FollowUpInput, type ResolveEscalationRequest,
  type TakeEscalationRequest,
} from '@steerline/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';
import { BlankAsNull, EditedVersion, FreeText, Text } from '../../common/validation/field-rules.js';

export class TakeEscalationDto implements TakeEscalationRequest {
  @EditedVersion('escalation')
  version!: number;
}

export class FollowUpDto implements FollowUpInput {
  @ApiProperty({ format: 'uuid', description: 'Who owns the follow-up' })
  @IsUUID('all', { message: 'ownerId must be the id of an active user' })
  ownerId!: string;

  @ApiProperty({ example: '2027-03-31' })
  @IsIsoDate()
  dueDate!: string;

  @ApiPropertyOptional({ example: 'Report attendance at the new venue' })
  @IsOptional()
  @Text(200, 'Enter a title for the follow-up, or leave it out')
  title?: string;
}

export class DecideEscalationDto implements DecideEscalationRequest {
  @EditedVersion('escalation')
  version!: number;

  @ApiProperty({ enum: DECISION_OUTCOMES })
  @IsIn(DECISION_OUTCOMES, { message: `outcome must be one of ${DECISION_OUTCOMES.join(', ')}` })
  outcome!: DecisionOutcome;

  @ApiProperty({ example: 'Agreed: fund the move to the Millennium Library for six months.' })
  @Text(5000, 'Write the decision')
  decisionText!: string;

  @ApiPropertyOptional({ example: 'Report attendance at the next board meeting.' })
  @BlankAsNull()
  @IsOptional()
  @FreeText(5000)
  conditions?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'The board meeting the decision was taken at' })
  @IsOptional()
  @IsUUID('all', { message: 'meetingId must be the id of a board meeting' })
  meetingId?: string | null;

  @ApiPropertyOptional({ type: FollowUpDto, description: 'Only with an agreed decision; becomes a milestone on the action' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FollowUpDto)
  followUp?: FollowUpDto | null;
}

export class ResolveEscalationDto implements ResolveEscalationRequest {
  @EditedVersion('escalation')
  version!: number;

  @ApiProperty({ example: 'Drop-ins moved; attendance held up.' })
  @Text(5000, 'Say how the escalation was closed')
  outcome!: string;
}
