import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error.js';
import { UsersService } from '../../people/users.service.js';
import { ACCESS_METADATA, type AccessRule } from './access.decorators.js';
import type { CurrentUser } from './current-user.js';
import { destroySession } from './session.js';
import { loadedUser } from './session-user.js';

/** Deny by default: a route answers only if it declares who may call it and the caller qualifies. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`);
      throw new ForbiddenError();
    }
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<Request>();
    const user = await this.sessionUser(request);
    if (user) request.currentUser = user;
    if (rule.kind === 'signed-in-or-not') return true;
    if (!user) throw new UnauthenticatedError();
    if (rule.kind === 'permissions' && !rule.permissions.some((permission) => user.permissions.includes(permission))) {
      throw new ForbiddenError();
    }
    return true;
  }

  /** The active user behind the request's session; a session whose user is gone or deactivated is ended. */
  private async sessionUser(request: Request): Promise<CurrentUser | null> {
    const userId = request.session?.userId;
    if (!userId) return null;
    const loaded = loadedUser(request, userId);
    const user = loaded !== undefined ? loaded : await this.users.findSignedInUser(userId);
    if (!user) await destroySession(request);
    return user;
  }
}
