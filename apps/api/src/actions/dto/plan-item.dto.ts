import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MeasureInput, MilestoneInput } from '@steerline/contracts';
import { IsNumber, IsOptional, IsUUID } from 'class-validator';
import { FreeText, IfPresent, Text } from '../../common/validation/field-rules.js';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';

const FINITE = { allowNaN: false, allowInfinity: false };

export class MilestoneInputDto implements MilestoneInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'Present for an existing milestone, absent for a new one' })
  @IfPresent()
  @IsUUID('all', { message: 'id must be the id of one of this action’s milestones' })
  id?: string;

  @ApiProperty({ example: 'First drop-in held' })
  @Text(200, 'Enter the milestone title')
  title!: string;

  @ApiProperty({ example: '2026-06-30' })
  @IsIsoDate()
  dueDate!: string;

  @ApiPropertyOptional({ example: '2026-06-28', nullable: true })
  @IsOptional()
  @IsIsoDate()
  doneDate?: string | null;
}

export class MeasureInputDto implements MeasureInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'Present for an existing measure, absent for a new one' })
  @IfPresent()
  @IsUUID('all', { message: 'id must be the id of one of this action’s measures' })
  id?: string;

  @ApiProperty({ example: 'People helped at drop-ins' })
  @Text(200, 'Enter the measure name')
  name!: string;

  @ApiPropertyOptional({ example: 'people' })
  @IfPresent()
  @FreeText(50)
  unit?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsNumber(FINITE, { message: 'target must be a number' })
  target?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsNumber(FINITE, { message: 'baseline must be a number' })
  baseline?: number | null;
}
