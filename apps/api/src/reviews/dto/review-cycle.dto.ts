import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateReviewCycleRequest, ReviewCycleTransitionRequest, UpdateReviewCycleRequest } from '@steerline/contracts';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';
import { EditedVersion, IfPresent, Text, Trimmed } from '../../common/validation/field-rules.js';

const ReminderDays = () =>
  applyDecorators(
    IsInt({ message: 'reminderDaysBefore must be a whole number of days' }),
    Min(0, { message: 'reminderDaysBefore must be between 0 and 60' }),
    Max(60, { message: 'reminderDaysBefore must be between 0 and 60' }),
  );

export class CreateReviewCycleDto implements CreateReviewCycleRequest {
  @ApiProperty({ example: 'April to September 2026' })
  @Trimmed()
  @Text(200, 'Enter a name for the review cycle')
  name!: string;

  @ApiProperty({ example: '2026-04-01' })
  @IsIsoDate()
  periodStart!: string;

  @ApiProperty({ example: '2026-09-30' })
  @IsIsoDate()
  periodEnd!: string;

  @ApiProperty({ example: '2026-10-31', description: 'The date returns are due; after the start of the period' })
  @IsIsoDate()
  returnsDue!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 60, default: 7, description: 'Days before the due date that owners are reminded' })
  @IsOptional()
  @ReminderDays()
  reminderDaysBefore?: number;
}

export class UpdateReviewCycleDto implements UpdateReviewCycleRequest {
  @EditedVersion('review cycle')
  version!: number;

  @ApiPropertyOptional()
  @IfPresent()
  @Trimmed()
  @Text(200, 'Enter a name for the review cycle')
  name?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @IsIsoDate()
  periodStart?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @IsIsoDate()
  periodEnd?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @IsIsoDate()
  returnsDue?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 60 })
  @IfPresent()
  @ReminderDays()
  reminderDaysBefore?: number;
}

/** Opening, board review and sign-off: only the version the user saw. */
export class ReviewCycleTransitionDto implements ReviewCycleTransitionRequest {
  @EditedVersion('review cycle')
  version!: number;
}
