import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MeResponse } from '@steerline/contracts';
import type { Request } from 'express';
import { Public, SignedIn } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { destroySession, startSession } from '../common/auth/session.js';
import { AuthService } from './auth.service.js';
import { SignInDto } from './dto/sign-in.dto.js';
import { SignInGuard } from './sign-in.guard.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(SignInGuard)
  @Post('auth/sign-in')
  @HttpCode(200)
  async signIn(@Body() _credentials: SignInDto, @Req() request: Request): Promise<MeResponse> {
    const user = request.user as MeResponse;
    await startSession(request, user.id);
    return user;
  }

  /** Signs the user out everywhere: every session of theirs ends, on every device. */
  @SignedIn()
  @Post('auth/sign-out')
  @HttpCode(204)
  async signOut(@SignedInUser() user: CurrentUser, @Req() request: Request): Promise<void> {
    await destroySession(request);
    await this.auth.endEverySession(user.id);
    request.res?.clearCookie('steerline.sid');
  }

  @SignedIn()
  @Get('me')
  me(@SignedInUser() user: CurrentUser): MeResponse {
    return user;
  }
}
