import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { CheckLinkRequest, SetPasswordRequest } from '@steerline/contracts';
import { IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../common/auth/password-policy.js';

/** Any text: one that no link carries is answered like an unknown link (404 link_unknown), not as a form error. */
const Token = () =>
  applyDecorators(ApiProperty({ description: 'The token from the link, as it appears after `token=`' }), IsString({ message: 'token must be text' }), MaxLength(200));

export class CheckLinkDto implements CheckLinkRequest {
  @Token()
  token!: string;
}

export class SetPasswordDto implements SetPasswordRequest {
  @Token()
  token!: string;

  /** The password policy (common/auth/password-policy.ts) is applied by the service, which knows the person's e-mail. */
  @ApiProperty({ format: 'password', minLength: 12 })
  @IsString({ message: 'Enter a password' })
  @MaxLength(PASSWORD_MAX_LENGTH + 1)
  password!: string;
}
