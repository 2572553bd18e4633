import type { Request } from 'express';

/** Issues a new session id (so a pre-sign-in id can never be reused) and binds it to the user. */
export async function startSession(request: Request, userId: string): Promise<void> {
  await new Promise<void>((done, fail) => request.session.regenerate((error) => (error ? fail(error) : done())));
  request.session.userId = userId;
  await new Promise<void>((done, fail) => request.session.save((error) => (error ? fail(error) : done())));
}

/** Deletes the session row on the server, so the old cookie is worthless even if replayed. */
export async function destroySession(request: Request): Promise<void> {
  if (!request.session) return;
  await new Promise<void>((done, fail) => request.session.destroy((error) => (error ? fail(error) : done())));
}
