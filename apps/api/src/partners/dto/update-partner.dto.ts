import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdatePartnerRequest } from '@steerline/contracts';
import { IsInt, IsString, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { Trimmed } from './text-transforms.js';

const given = (_: object, value: unknown) => value !== undefined;

export class UpdatePartnerDto implements UpdatePartnerRequest {
  @ApiProperty({ description: 'The version the edit was based on' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the partner's name" })
  @MaxLength(200, { message: "The partner's name must be 200 characters or fewer" })
  name?: string;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @Trimmed()
  @IsString()
  @MaxLength(2000, { message: 'The description must be 2000 characters or fewer' })
  description?: string;
}
