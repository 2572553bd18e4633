import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreatePriorityRequest, UpdatePriorityRequest } from '@steerline/contracts';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { EditedVersion, FreeText, IfPresent, Text, Trimmed } from '../../common/validation/field-rules.js';

const NUMBER = "Enter the priority's number, a whole number from 1 to 999";
const TITLE = "Enter the priority's title";
const ORDER = 'Enter the display order as a whole number from 0 to 9999';

export class CreatePriorityDto implements CreatePriorityRequest {
  @ApiProperty({ example: 1, minimum: 1, maximum: 999 })
  @IsInt({ message: NUMBER })
  @Min(1, { message: NUMBER })
  @Max(999, { message: NUMBER })
  number!: number;

  @ApiProperty({ example: 'Support and promote awareness of free digital access points.', maxLength: 500 })
  @Trimmed()
  @Text(500, TITLE)
  title!: string;

  @ApiPropertyOptional({ default: '', maxLength: 4000 })
  @IsOptional()
  @Trimmed()
  @FreeText(4000)
  description?: string;

  @ApiPropertyOptional({ description: 'Lower comes first; defaults to the number', minimum: 0, maximum: 9999 })
  @IsOptional()
  @IsInt({ message: ORDER })
  @Min(0, { message: ORDER })
  @Max(9999, { message: ORDER })
  displayOrder?: number;
}

export class UpdatePriorityDto implements UpdatePriorityRequest {
  @EditedVersion('priority')
  version!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 999 })
  @IfPresent()
  @IsInt({ message: NUMBER })
  @Min(1, { message: NUMBER })
  @Max(999, { message: NUMBER })
  number?: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IfPresent()
  @Trimmed()
  @Text(500, TITLE)
  title?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IfPresent()
  @Trimmed()
  @FreeText(4000)
  description?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 9999 })
  @IfPresent()
  @IsInt({ message: ORDER })
  @Min(0, { message: ORDER })
  @Max(9999, { message: ORDER })
  displayOrder?: number;
}
