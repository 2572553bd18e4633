import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateSegmentRequest } from '@steerline/contracts';
import { IsBoolean, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { FreeText, IsDecimal, Trimmed } from '../../common/validation/field-rules.js';

export const SHARE_MESSAGE = 'Enter the share of households as a percentage from 0 to 100, with up to 2 decimal places';

export class CreateSegmentDto implements CreateSegmentRequest {
  @ApiProperty({ example: 'Elderly people reliant on state support' })
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the segment's name" })
  @MaxLength(200, { message: "The segment's name must be 200 characters or fewer" })
  name!: string;

  @ApiProperty({ example: 13, minimum: 0, maximum: 100 })
  @IsDecimal(2, SHARE_MESSAGE)
  @Min(0, { message: SHARE_MESSAGE })
  @Max(100, { message: SHARE_MESSAGE })
  householdShare!: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'Say whether the segment has a very low propensity to self-serve (true or false)' })
  veryLowPropensity?: boolean;

  @ApiPropertyOptional({ default: '', maxLength: 4000, description: 'Who the group is, as the population analysis describes it' })
  @IsOptional()
  @Trimmed()
  @FreeText(4000)
  description?: string;
}
