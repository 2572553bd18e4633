import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateProgressUpdateRequest, type MeasureValueInput, type Rag, RAGS, RAGS_NEEDING_REASON } from '@steerline/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsUUID, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IfPresent, Text } from '../../common/validation/field-rules.js';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';

/** Required for amber and red; checked if sent for any other rating. */
const NeededForAmberAndRed = () =>
  ValidateIf((update: CreateProgressUpdateDto, value) => RAGS_NEEDING_REASON.includes(update.rag) || value !== undefined);

export class MeasureValueDto implements MeasureValueInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'measureId must be the id of one of this action’s measures' })
  measureId!: string;

  @ApiProperty({ example: 42 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Enter the value as a number' })
  value!: number;
}

export class CreateProgressUpdateDto implements CreateProgressUpdateRequest {
  @ApiProperty({ example: 'Two drop-ins held this month; 38 people helped.' })
  @Text(5000, 'Enter the commentary')
  commentary!: string;

  @ApiProperty({ enum: RAGS })
  @IsIn(RAGS, { message: `rag must be one of ${RAGS.join(', ')}` })
  rag!: Rag;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt({ message: 'Enter percent complete as a whole number from 0 to 100' })
  @Min(0, { message: 'Enter percent complete as a whole number from 0 to 100' })
  @Max(100, { message: 'Enter percent complete as a whole number from 0 to 100' })
  percentComplete!: number;

  @ApiPropertyOptional({ description: 'Required for amber and red: what is wrong' })
  @NeededForAmberAndRed()
  @Text(5000, 'Say what the problem is (needed for an amber or red rating)')
  problem?: string;

  @ApiPropertyOptional({ description: 'Required for amber and red: what is being done about it' })
  @NeededForAmberAndRed()
  @Text(5000, 'Say what is being done about it (needed for an amber or red rating)')
  correctiveAction?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IfPresent()
  @IsIsoDate({ message: 'revisedDate must be a real date written YYYY-MM-DD, like 2026-12-31' })
  revisedDate?: string;

  @ApiPropertyOptional({ type: [MeasureValueDto] })
  @IfPresent()
  @IsArray({ message: 'measureValues must be a list' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MeasureValueDto)
  measureValues?: MeasureValueDto[];
}
