import { Body, Controller, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LinkDetails, SetPasswordResponse } from '@steerline/contracts';
import type { Request } from 'express';
import { Public, SignedIn } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { AccountLinksService } from './account-links.service.js';
import { AccountService } from './account.service.js';
import { CheckLinkDto, SetPasswordDto } from './dto/account-links.dto.js';
import { ChangePasswordDto, PasswordResetDto } from './dto/account-password.dto.js';
import { PasswordResetService } from './password-reset.service.js';

@ApiTags('account')
@Controller('account')
export class AccountsController {
  constructor(
    private readonly links: AccountLinksService,
    private readonly resets: PasswordResetService,
    private readonly account: AccountService,
  ) {}

  /** Whom a set-password link belongs to; 404 link_unknown, or 410 link_used / link_expired / link_superseded / link_withdrawn. */
  @Public()
  @Post('links/check')
  @HttpCode(200)
  checkLink(@Body() dto: CheckLinkDto): Promise<LinkDetails> {
    return this.links.check(dto.token);
  }

  /** Uses the link once: sets the password and ends every session of the person. Signs nobody in. */
  @Public()
  @Post('set-password')
  @HttpCode(200)
  setPassword(@Body() dto: SetPasswordDto): Promise<SetPasswordResponse> {
    return this.links.use(dto.token, dto.password);
  }

  /** E-mails a reset link if the address has an active account; the answer (202, no body) is the same either way. */
  @Public()
  @Post('password-reset')
  @HttpCode(202)
  async requestReset(@Body() dto: PasswordResetDto, @Req() request: Request): Promise<void> {
    await this.resets.request(dto.email, request.ip ?? 'unknown');
  }

  /** The signed-in person changes their own password; their other sessions end, this one stays. */
  @SignedIn()
  @Put('password')
  @HttpCode(204)
  async changePassword(@SignedInUser() user: CurrentUser, @Body() dto: ChangePasswordDto, @Req() request: Request): Promise<void> {
    await this.account.changePassword(user, request.sessionID, dto, request.ip ?? 'unknown');
  }
}
