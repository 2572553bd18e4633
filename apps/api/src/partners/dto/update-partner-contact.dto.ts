import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdatePartnerContactRequest } from '@steerline/contracts';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MESSAGE, PHONE_MESSAGE, PHONE_PATTERN } from './create-partner-contact.dto.js';
import { EditedVersion, IfPresent, BlankAsNull, Trimmed } from '../../common/validation/field-rules.js';

export class UpdatePartnerContactDto implements UpdatePartnerContactRequest {
  @EditedVersion('contact')
  version!: number;

  @ApiPropertyOptional()
  @IfPresent()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the contact's name" })
  @MaxLength(200, { message: "The contact's name must be 200 characters or fewer" })
  name?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @Trimmed()
  @IsString()
  @MaxLength(200, { message: 'The role must be 200 characters or fewer' })
  role?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null or blank removes it' })
  @IsOptional()
  @BlankAsNull()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null or blank removes it' })
  @IsOptional()
  @BlankAsNull()
  @IsString()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone?: string | null;
}
