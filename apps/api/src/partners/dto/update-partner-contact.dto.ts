import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdatePartnerContactRequest } from '@steerline/contracts';
import { IsEmail, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { EMAIL_MESSAGE, PHONE_MESSAGE, PHONE_PATTERN } from './create-partner-contact.dto.js';
import { BlankAsNull, Trimmed } from './text-transforms.js';

const given = (_: object, value: unknown) => value !== undefined;

export class UpdatePartnerContactDto implements UpdatePartnerContactRequest {
  @ApiProperty({ description: 'The version the edit was based on' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the contact's name" })
  @MaxLength(200, { message: "The contact's name must be 200 characters or fewer" })
  name?: string;

  @ApiPropertyOptional()
  @ValidateIf(given)
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
