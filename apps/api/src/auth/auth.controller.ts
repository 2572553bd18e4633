import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MeResponse, SessionResponse } from '@steerline/contracts';
import type { Request } from 'express';
import { Public, SignedIn, SignedInOrNot } from '../common/auth/access.decorators.js';
import { type CurrentUser, MaybeSignedInUser, SignedInUser } from '../common/auth/current-user.js';
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

  /** Who is signed in, if anyone: what the web app asks first, where GET /api/me would answer 401 to a visitor. */
  @SignedInOrNot()
  @Get('auth/session')
  session(@MaybeSignedInUser() user: CurrentUser | null): SessionResponse {
    return user ? { signedIn: true, me: user } : { signedIn: false };
  }

  @SignedIn()
  @Get('me')
  me(@SignedInUser() user: CurrentUser): MeResponse {
    return user;
  }
}
