import { ApiProperty } from '@nestjs/swagger';
import type { ChangePasswordRequest, PasswordResetRequest } from '@steerline/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../common/auth/password-policy.js';
import { Trimmed } from '../../common/validation/field-rules.js';

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({ example: 'casey.council@norwich.example' })
  @Trimmed()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.com' })
  @MaxLength(320)
  email!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1, { message: 'Enter your current password' })
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({ format: 'password', minLength: 12 })
  @IsString({ message: 'Enter a new password' })
  @MaxLength(PASSWORD_MAX_LENGTH + 1)
  newPassword!: string;
}
