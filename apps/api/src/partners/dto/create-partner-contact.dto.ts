import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreatePartnerContactRequest } from '@steerline/contracts';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { BlankAsNull, Trimmed } from '../../common/validation/field-rules.js';

export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{4,28}[0-9]$/;
export const PHONE_MESSAGE = 'Enter a phone number, like 01603 212121 or +44 1603 212121';
export const EMAIL_MESSAGE = 'Enter an email address in the correct format, like name@example.com';

export class CreatePartnerContactDto implements CreatePartnerContactRequest {
  @ApiProperty({ example: 'Sam Smith' })
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the contact's name" })
  @MaxLength(200, { message: "The contact's name must be 200 characters or fewer" })
  name!: string;

  @ApiPropertyOptional({ example: 'Volunteer co-ordinator' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(200, { message: 'The role must be 200 characters or fewer' })
  role?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsString()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone?: string | null;
}
