import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateUserRequest } from '@steerline/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { Trimmed } from './text-transforms.js';

const given = (_: object, value: unknown) => value !== undefined;

export class UpdateUserDto implements UpdateUserRequest {
  @ApiProperty({ description: 'The version the edit was based on' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the person's name" })
  @MaxLength(200, { message: "The person's name must be 200 characters or fewer" })
  name?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "Replaces the person's memberships" })
  @ValidateIf(given)
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'Choose each body only once' })
  @IsUUID('all', { each: true, message: 'Choose bodies from the list' })
  bodyIds?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null removes the partner link' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a partner from the list' })
  partnerId?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @IsBoolean()
  isAdmin?: boolean;
}
