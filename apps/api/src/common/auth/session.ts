import type { Request } from 'express';
import type { SessionData } from 'express-session';

/** What a session carries besides its user, set when it starts: after single sign-on, the provider's ID token for its logout. */
export type SessionExtras = Pick<Partial<SessionData>, 'providerIdToken'>;

declare module 'express-session' {
  interface SessionData {
    providerIdToken?: string;
  }
}

/** Issues a new session id (so a pre-sign-in id can never be reused) and binds it to the user. */
export async function startSession(request: Request, userId: string, extras: SessionExtras = {}): Promise<void> {
  await new Promise<void>((done, fail) => request.session.regenerate((error) => (error ? fail(error) : done())));
  Object.assign(request.session, extras);
  request.session.userId = userId;
  await saveSession(request);
}

/** Writes the session to the store now, before the answer (a redirect) lets the browser make its next request. */
export async function saveSession(request: Request): Promise<void> {
  await new Promise<void>((done, fail) => request.session.save((error) => (error ? fail(error) : done())));
}

/** Deletes the session row on the server, so the old cookie is worthless even if replayed. */
export async function destroySession(request: Request): Promise<void> {
  if (!request.session) return;
  await new Promise<void>((done, fail) => request.session.destroy((error) => (error ? fail(error) : done())));
}
