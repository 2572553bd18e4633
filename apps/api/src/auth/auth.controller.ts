import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MeResponse, SessionResponse, SignInOptions, SignInResponse, SignOutResponse } from '@steerline/contracts';
import type { Request, Response } from 'express';
import { Public, SignedIn, SignedInOrNot } from '../common/auth/access.decorators.js';
import { type CurrentUser, MaybeSignedInUser, SignedInUser } from '../common/auth/current-user.js';
import { destroySession, startSession } from '../common/auth/session.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { SESSION_COOKIE } from '../http/session.middleware.js';
import { AuthService } from './auth.service.js';
import { SignInDto } from './dto/sign-in.dto.js';
import { OidcClient } from './oidc/oidc-client.js';
import { SingleSignOnService } from './oidc/single-sign-on.service.js';
import { SignInGuard } from './sign-in.guard.js';
import { startPendingSignIn } from './two-factor/pending-sign-in.js';
import { TwoFactorService } from './two-factor/two-factor.service.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly twoFactor: TwoFactorService,
    private readonly sso: SingleSignOnService,
    private readonly oidc: OidcClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the sign-in page offers: single sign-on (and its button's label), and who may use a password. */
  @Public()
  @Get('auth/options')
  options(): SignInOptions {
    return { password: this.config.PASSWORD_SIGN_IN, singleSignOn: this.sso.option };
  }

  /** A correct password signs in, unless an authenticator code (or enrolling an app) must come first. */
  @Public()
  @UseGuards(SignInGuard)
  @Post('auth/sign-in')
  @HttpCode(200)
  async signIn(@Body() _credentials: SignInDto, @Req() request: Request): Promise<SignInResponse> {
    const user = request.user as MeResponse;
    const step = await this.twoFactor.stepAfterPassword(user);
    if (step) {
      await startPendingSignIn(request, user, step);
      return { secondFactor: step };
    }
    await startSession(request, user.id);
    return user;
  }

  /**
   * Signs the user out everywhere: every session of theirs ends, on every device. 204; or 200 with the provider's
   * logout address when they came in through single sign-on and OIDC_LOGOUT asks for the provider's session to end too.
   */
  @SignedIn()
  @Post('auth/sign-out')
  @HttpCode(204)
  async signOut(@SignedInUser() user: CurrentUser, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SignOutResponse | undefined> {
    const idToken = request.session.providerIdToken;
    await destroySession(request);
    await this.auth.endEverySession(user.id);
    response.clearCookie(SESSION_COOKIE);
    const providerSignOutUrl = this.config.OIDC_LOGOUT && idToken ? await this.oidc.signOutUrl(idToken).catch(() => null) : null;
    if (!providerSignOutUrl) return undefined;
    response.status(200);
    return { providerSignOutUrl };
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
