import { ApiProperty } from '@nestjs/swagger';
import type { TwoFactorCodeRequest } from '@steerline/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class TwoFactorCodeDto implements TwoFactorCodeRequest {
  @ApiProperty({ description: 'The 6-digit code the authenticator app shows, or a recovery code such as k7m2q-x9t4a', example: '123456' })
  @IsString({ message: 'Enter the code' })
  @MinLength(1, { message: 'Enter the code' })
  @MaxLength(40, { message: 'Enter the code' })
  code!: string;
}
