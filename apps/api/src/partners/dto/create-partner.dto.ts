import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreatePartnerRequest } from '@steerline/contracts';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trimmed } from '../../common/validation/field-rules.js';

export class CreatePartnerDto implements CreatePartnerRequest {
  @ApiProperty({ example: 'Citizens Online' })
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the partner's name" })
  @MaxLength(200, { message: "The partner's name must be 200 characters or fewer" })
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000, { message: 'The description must be 2000 characters or fewer' })
  description?: string;
}
