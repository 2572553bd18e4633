import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateUserRequest } from '@steerline/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trimmed } from '../../common/validation/field-rules.js';

/** Someone to invite: they choose their own password from the invitation's link. */
export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'sam.smith@example.org' })
  @Trimmed()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.com' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'Sam Smith' })
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the person's name" })
  @MaxLength(200, { message: "The person's name must be 200 characters or fewer" })
  name!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'Choose each body only once' })
  @IsUUID('all', { each: true, message: 'Choose bodies from the list' })
  bodyIds?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a partner from the list' })
  partnerId?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  isAdmin?: boolean;
}
