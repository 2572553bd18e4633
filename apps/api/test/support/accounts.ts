import type { TestApp } from './test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;

/** The token of a set-password link, as the page reads it from `?token=`. */
export const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** The message text with quoted-printable soft line breaks and escapes undone. */
export const decodedMail = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export const linkIn = (text: string) => /https?:\/\/\S+\/set-password\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];

/**
 * Adds a person as an administrator does and sets their password through the link shown (the app has no SMTP_URL),
 * so they can sign in: what typing an initial password used to do. Their id.
 */
export async function addPersonWithPassword(t: TestApp, admin: Agent, person: Record<string, unknown>, password: string): Promise<string> {
  const created = await admin.post('/api/admin/users').send(person).expect(201);
  await t.http.post('/api/account/set-password').send({ token: tokenOf(created.body.invitation.link), password }).expect(200);
  return created.body.id;
}

export async function sessionsOf(t: TestApp, email: string): Promise<number> {
  const [{ sessions }] = await t.sql<{ sessions: number }>(
    `SELECT count(*)::int AS sessions FROM session WHERE sess->>'userId' = (SELECT id::text FROM app_user WHERE lower(email) = lower($1))`, [email]);
  return sessions;
}
