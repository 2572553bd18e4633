import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { validateBody } from '../common/validation/validate-body.js';
import { SignInDto } from './dto/sign-in.dto.js';

/** Guards run before pipes, so the sign-in body is validated here, before passport-local sees it. */
@Injectable()
export class SignInGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    validateBody(SignInDto, context.switchToHttp().getRequest<Request>().body);
    return (await super.canActivate(context)) as boolean;
  }
}
