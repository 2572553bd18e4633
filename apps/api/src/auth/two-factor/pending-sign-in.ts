import { ErrorCode, type SecondFactorStep } from '@steerline/contracts';
import type { Request } from 'express';
import { DomainError } from '../../common/errors/domain-error.js';
import { saveSession } from '../../common/auth/session.js';

/** How long a correct password waits for its second factor. */
const PENDING_MINUTES = 10;

/** A correct password whose session starts only once the second factor is given; the session has no userId until then. */
export interface PendingSignIn {
  userId: string;
  email: string;
  step: SecondFactorStep;
  startedAt: number;
}

/** A new authenticator secret, shown once, waiting for the first code that confirms the app has it. */
export interface TotpSetupInProgress {
  userId: string;
  secret: string;
  startedAt: number;
}

declare module 'express-session' {
  interface SessionData {
    pendingSignIn?: PendingSignIn;
    totpSetup?: TotpSetupInProgress;
  }
}

const isFresh = (startedAt: number) => Date.now() - startedAt <= PENDING_MINUTES * 60_000;

/** Under a new session id, so an id seen before the password cannot carry the sign-in on. */
export async function startPendingSignIn(request: Request, person: { id: string; email: string }, step: SecondFactorStep): Promise<void> {
  await new Promise<void>((done, fail) => request.session.regenerate((error) => (error ? fail(error) : done())));
  request.session.pendingSignIn = { userId: person.id, email: person.email, step, startedAt: Date.now() };
  await saveSession(request);
}

/** The password sign-in waiting for this step; refused when there is none, or it has waited too long. */
export function pendingSignIn(request: Request, step: SecondFactorStep): PendingSignIn {
  const pending = request.session?.pendingSignIn;
  if (!pending || pending.step !== step || !isFresh(pending.startedAt)) {
    throw new DomainError(ErrorCode.NoSignInPending, 'Sign in with your email address and password first.');
  }
  return pending;
}

/** The secret being set up for this person, if it is still fresh. */
export function totpSetupFor(request: Request, userId: string): TotpSetupInProgress {
  const setup = request.session?.totpSetup;
  if (!setup || setup.userId !== userId || !isFresh(setup.startedAt)) {
    throw new DomainError(ErrorCode.Conflict, 'Setting up your authenticator app took too long. Start again.');
  }
  return setup;
}
