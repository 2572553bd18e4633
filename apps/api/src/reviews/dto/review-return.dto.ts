import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTION_STATUSES, AMENDMENT_KINDS, RAGS, type AcceptReviewReturnRequest, type ActionStatus, type AmendmentInput,
  type AmendmentKind, type Rag, type SaveReviewReturnRequest, type SendBackReviewReturnRequest, type SubmitReviewReturnRequest,
} from '@steerline/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';
import { BlankAsNull, EditedVersion, FreeText, IfPresent, Text } from '../../common/validation/field-rules.js';

const oneOf = (values: readonly string[]) => `$property must be one of: ${values.join(', ')}`;
/** Optional and nullable: left out keeps the saved value, null (or blank) clears it. */
const Nullable = () => ValidateIf((_object, value) => value !== undefined && value !== null);
const aNumber = { message: '$property must be a number' };

export class MeasureValueDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'measureId must be the id of one of the action\'s measures' })
  measureId!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'The value at period end; null clears it' })
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false }, aNumber)
  value!: number | null;
}

export class AmendmentDto implements AmendmentInput {
  @ApiProperty({ enum: AMENDMENT_KINDS })
  @IsIn(AMENDMENT_KINDS, { message: oneOf(AMENDMENT_KINDS) })
  kind!: AmendmentKind;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @Nullable()
  @IsIsoDate()
  newDueDate?: string | null;

  @ApiPropertyOptional()
  @BlankAsNull()
  @Nullable()
  @FreeText(5000)
  newScope?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @Nullable()
  @IsUUID('all', { message: 'measureId must be the id of one of the action\'s measures' })
  measureId?: string | null;

  @ApiPropertyOptional()
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false }, aNumber)
  newTarget?: number | null;

  @ApiProperty({ example: 'New central government guidance on assisted digital support.' })
  @Text(5000, 'Give the reason for the amendment')
  reason!: string;
}

export class SaveReviewReturnDto implements SaveReviewReturnRequest {
  @EditedVersion('review return')
  version!: number;

  @ApiPropertyOptional({ enum: ACTION_STATUSES, nullable: true })
  @Nullable()
  @IsIn(ACTION_STATUSES, { message: oneOf(ACTION_STATUSES) })
  actionStatus?: ActionStatus | null;

  @ApiPropertyOptional({ enum: RAGS, nullable: true })
  @Nullable()
  @IsIn(RAGS, { message: oneOf(RAGS) })
  rag?: Rag | null;

  @ApiPropertyOptional({ nullable: true })
  @BlankAsNull()
  @Nullable()
  @FreeText(5000)
  ragReason?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @BlankAsNull()
  @Nullable()
  @FreeText(5000)
  correctiveAction?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2027-03-31' })
  @BlankAsNull()
  @Nullable()
  @IsIsoDate()
  revisedDate?: string | null;

  @ApiPropertyOptional()
  @IfPresent()
  @FreeText(10000)
  narrative?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @FreeText(10000)
  nextSteps?: string;

  @ApiPropertyOptional({ type: [MeasureValueDto] })
  @IfPresent()
  @IsArray({ message: 'measureValues must be a list' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MeasureValueDto)
  measureValues?: MeasureValueDto[];

  @ApiPropertyOptional({ type: [AmendmentDto], description: 'Replaces the return\'s amendments' })
  @IfPresent()
  @IsArray({ message: 'amendments must be a list' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AmendmentDto)
  amendments?: AmendmentDto[];
}

export class ReturnVersionDto implements SubmitReviewReturnRequest, AcceptReviewReturnRequest {
  @EditedVersion('review return')
  version!: number;
}

export class SendBackReviewReturnDto implements SendBackReviewReturnRequest {
  @EditedVersion('review return')
  version!: number;

  @ApiProperty({ example: 'Please add the attendance figures for September.' })
  @Text(5000, 'Say what the owner needs to change')
  comment!: string;
}

