import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type MeResponse, SecondFactorStep, type TwoFactorEnrolled, type TwoFactorSetup, type TwoFactorStatus } from '@steerline/contracts';
import type { Request } from 'express';
import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../../common/auth/current-user.js';
import { saveSession, startSession } from '../../common/auth/session.js';
import { UnauthenticatedError } from '../../common/errors/domain-error.js';
import { UsersService } from '../../people/users.service.js';
import { TwoFactorCodeDto } from '../dto/two-factor-code.dto.js';
import { pendingSignIn, totpSetupFor } from './pending-sign-in.js';
import { TwoFactorService } from './two-factor.service.js';

/** Whoever is setting up an app: the signed-in person, or a password sign-in that MFA_REQUIRED has waiting for one. */
interface Enrolling {
  id: string;
  email: string;
  signingIn: boolean;
}

@ApiTags('auth')
@Controller('auth/two-factor')
export class TwoFactorController {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly users: UsersService,
  ) {}

  /** Second step of a password sign-in: the app's code or a recovery code; the session starts when it is right. */
  @Public()
  @Post()
  @HttpCode(200)
  async signInWithCode(@Body() dto: TwoFactorCodeDto, @Req() request: Request): Promise<MeResponse> {
    const pending = pendingSignIn(request, SecondFactorStep.Code);
    await this.twoFactor.verify(pending, dto.code, request.ip ?? 'unknown');
    const me = await this.users.findSignedInUser(pending.userId);
    if (!me) throw new UnauthenticatedError();
    await startSession(request, me.id);
    return me;
  }

  @SignedIn()
  @Get()
  status(@SignedInUser() user: CurrentUser): Promise<TwoFactorStatus> {
    return this.twoFactor.status(user);
  }

  /** A new secret and its QR code, kept in the session until `enrol` confirms it with a code. */
  @Public()
  @Post('setup')
  @HttpCode(200)
  async setup(@Req() request: Request): Promise<TwoFactorSetup> {
    const person = await this.enrolling(request);
    const setup = await this.twoFactor.setup(person.email);
    request.session.totpSetup = { userId: person.id, secret: setup.secret, startedAt: Date.now() };
    await saveSession(request);
    return setup;
  }

  /** Confirms the app with its first code; a sign-in waiting for it then starts its session. */
  @Public()
  @Post('enrol')
  @HttpCode(200)
  async enrol(@Body() dto: TwoFactorCodeDto, @Req() request: Request): Promise<TwoFactorEnrolled> {
    const person = await this.enrolling(request);
    const enrolled = await this.twoFactor.enrol(person.id, totpSetupFor(request, person.id).secret, dto.code);
    delete request.session.totpSetup;
    if (person.signingIn) await startSession(request, person.id);
    else await saveSession(request);
    return enrolled;
  }

  private async enrolling(request: Request): Promise<Enrolling> {
    const userId = request.session?.userId;
    const me = userId ? await this.users.findSignedInUser(userId) : null;
    if (me) return { id: me.id, email: me.email, signingIn: false };
    const pending = pendingSignIn(request, SecondFactorStep.Enrol);
    return { id: pending.userId, email: pending.email, signingIn: true };
  }
}
