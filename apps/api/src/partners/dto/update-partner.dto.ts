import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdatePartnerRequest } from '@steerline/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EditedVersion, IfPresent, Trimmed } from '../../common/validation/field-rules.js';

export class UpdatePartnerDto implements UpdatePartnerRequest {
  @EditedVersion('partner')
  version!: number;

  @ApiPropertyOptional()
  @IfPresent()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the partner's name" })
  @MaxLength(200, { message: "The partner's name must be 200 characters or fewer" })
  name?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @Trimmed()
  @IsString()
  @MaxLength(2000, { message: 'The description must be 2000 characters or fewer' })
  description?: string;
}
