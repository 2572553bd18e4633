import { ApiProperty } from '@nestjs/swagger';
import type { SignInRequest } from '@steerline/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class SignInDto implements SignInRequest {
  @ApiProperty({ example: 'board@steerline.example' })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.com' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1, { message: 'Enter your password' })
  @MaxLength(1024)
  password!: string;
}
