import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { PeopleModule } from '../people/people.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LocalStrategy } from './local.strategy.js';
import { SignInThrottle } from './sign-in-throttle.js';

@Module({
  imports: [PassportModule, PeopleModule],
  controllers: [AuthController],
  providers: [AuthService, LocalStrategy, SignInThrottle],
  exports: [AuthService],
})
export class AuthModule {}
