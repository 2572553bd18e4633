import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { MeResponse } from '@steerline/contracts';
import type { Request } from 'express';

/** The signed-in user as the guard loaded it for this request. */
export type CurrentUser = MeResponse;

declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      currentUser?: CurrentUser;
    }
  }
}

export const SignedInUser = createParamDecorator((_: unknown, context: ExecutionContext): CurrentUser => {
  const user = context.switchToHttp().getRequest<Request>().currentUser;
  if (!user) throw new Error('SignedInUser used on a route the access guard did not authenticate');
  return user;
});

/** The signed-in user on a route declared @SignedInOrNot(), or null when no one is signed in. */
export const MaybeSignedInUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): CurrentUser | null => context.switchToHttp().getRequest<Request>().currentUser ?? null,
);
