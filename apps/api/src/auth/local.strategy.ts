import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { MeResponse } from '@steerline/contracts';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service.js';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, email: string, password: string): Promise<MeResponse> {
    return this.auth.signInWithPassword(email, password, request.ip ?? 'unknown');
  }
}
