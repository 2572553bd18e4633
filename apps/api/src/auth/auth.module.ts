import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { PeopleModule } from '../people/people.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LocalStrategy } from './local.strategy.js';
import { OidcClient } from './oidc/oidc-client.js';
import { OidcController } from './oidc/oidc.controller.js';
import { SingleSignOnService } from './oidc/single-sign-on.service.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { TwoFactorController } from './two-factor/two-factor.controller.js';
import { TwoFactorService } from './two-factor/two-factor.service.js';

/** Signing in and out: passwords (with an authenticator app as second factor), and single sign-on through OpenID Connect. */
@Module({
  imports: [PassportModule, PeopleModule],
  controllers: [AuthController, OidcController, TwoFactorController],
  providers: [AuthService, LocalStrategy, SignInThrottle, OidcClient, SingleSignOnService, TwoFactorService],
  exports: [AuthService, TwoFactorService],
})
export class AuthModule {}
