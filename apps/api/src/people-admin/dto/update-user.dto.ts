import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateUserRequest } from '@steerline/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { EditedVersion, IfPresent, Trimmed } from '../../common/validation/field-rules.js';

export class UpdateUserDto implements UpdateUserRequest {
  @EditedVersion('person')
  version!: number;

  @ApiPropertyOptional()
  @IfPresent()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the person's name" })
  @MaxLength(200, { message: "The person's name must be 200 characters or fewer" })
  name?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "Replaces the person's memberships" })
  @IfPresent()
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
  @IfPresent()
  @IsBoolean()
  isAdmin?: boolean;
}
