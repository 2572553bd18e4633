import { ADMIN, WORKING } from './support/demo.js';
import { sessionsOf, tokenOf } from './support/accounts.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PASSWORD = 'a-tram-to-the-forum';
type Agent = Awaited<ReturnType<TestApp['signIn']>>;

/** One-time links, without a mail server: the administrator is shown each invitation's link once. */
describe('set-password links', () => {
  let t: TestApp;
  let admin: Agent;
  let seq = 0;

  const invite = async (name = 'Casey Council') => {
    seq += 1;
    const email = `casey${seq}@norwich.example`;
    const { body } = await admin.post('/api/admin/users').send({ email, name }).expect(201);
    return { id: body.id as string, email, token: tokenOf(body.invitation.link), body };
  };
  const setPassword = (token: string, password = PASSWORD) => t.http.post('/api/account/set-password').send({ token, password });
  const check = (token: string) => t.http.post('/api/account/links/check').send({ token });
  const signIn = (email: string, password = PASSWORD) => t.http.post('/api/auth/sign-in').send({ email, password });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn(ADMIN);
  });
  afterAll(() => t.close());

  it('invites a person without a password, shows the link once, and lists them as invited', async () => {
    const { id, email, body } = await invite();
    expect(body).toMatchObject({ email, status: 'invited', isActive: true, invitation: { emailedTo: null, link: expect.stringMatching(/^http:\/\/localhost:3000\/set-password\?token=[A-Za-z0-9_-]{43}$/) } });
    const [stored] = await t.sql<{ password_hash: string | null }>('SELECT password_hash FROM app_user WHERE id = $1', [id]);
    expect(stored.password_hash).toBeNull();
    const listed = (await admin.get('/api/admin/users').expect(200)).body.find((user: { id: string }) => user.id === id);
    expect(listed.status).toBe('invited');
    expect(JSON.stringify(listed)).not.toContain(tokenOf(body.invitation.link));
  });

  it('stores only the hash of the token, never the token, and audits without it', async () => {
    const { id, token } = await invite();
    const rows = await t.sql<{ token_hash: Buffer; purpose: string }>('SELECT token_hash, purpose FROM account_token WHERE user_id = $1', [id]);
    expect(rows).toEqual([{ token_hash: expect.any(Buffer), purpose: 'invitation' }]);
    expect(rows[0].token_hash.toString('base64url')).not.toBe(token);
    const audit = await t.sql('SELECT operation, changes FROM audit_event WHERE entity_id = $1 ORDER BY id', [id]);
    expect(audit.map((row) => row.operation)).toEqual(['create', 'issue_link']);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('refuses sign-in for someone invited who has not set a password, as any wrong password', async () => {
    const { email } = await invite();
    const refused = await signIn(email, 'anything-at-all-123').expect(401);
    expect(refused.body.error.code).toBe('invalid_credentials');
  });

  it('greets the person behind a working link, then lets them set a password once and sign in with it', async () => {
    const { id, email, token } = await invite('Dana Digital');
    expect((await check(token).expect(200)).body).toEqual({ purpose: 'invitation', name: 'Dana Digital', email, expiresAt: expect.any(String) });
    const set = await setPassword(token).expect(200);
    expect(set.body).toEqual({ email });
    expect(set.headers['set-cookie']).toBeUndefined();
    await signIn(email).expect(200);
    expect((await admin.get('/api/admin/users').expect(200)).body.find((user: { id: string }) => user.id === id).status).toBe('active');
    const audit = await t.sql<{ operation: string; actor_id: string | null }>('SELECT operation, actor_id FROM audit_event WHERE entity_id = $1 ORDER BY id', [id]);
    expect(audit.at(-1)).toEqual({ operation: 'set_password', actor_id: id });
  });

  it('refuses a reused link with its own message, and creates no session', async () => {
    const { email, token } = await invite();
    await setPassword(token).expect(200);
    const reused = await setPassword(token, 'another-long-password').expect(410);
    expect(reused.body.error).toMatchObject({ code: 'link_used', message: expect.stringMatching(/^This link has already been used\./) });
    expect(reused.headers['set-cookie']).toBeUndefined();
    expect((await check(token).expect(410)).body.error.code).toBe('link_used');
    await signIn(email, 'another-long-password').expect(401);
    await signIn(email).expect(200);
  });

  it('refuses an expired link with its own message, and creates no session', async () => {
    const { id, email, token } = await invite();
    await t.sql(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [id]);
    const expired = await setPassword(token).expect(410);
    expect(expired.body.error).toMatchObject({ code: 'link_expired', message: 'This link has expired. Ask your Steerline administrator to resend your invitation.' });
    expect(expired.headers['set-cookie']).toBeUndefined();
    expect(await sessionsOf(t, email)).toBe(0);
    await signIn(email).expect(401);
    const audit = await t.sql('SELECT operation, changes FROM audit_event WHERE entity_id = $1 ORDER BY id DESC LIMIT 1', [id]);
    expect(audit[0]).toEqual({ operation: 'refuse_link', changes: { linkPurpose: { before: null, after: 'invitation' }, refusedAs: { before: null, after: 'link_expired' } } });
  });

  it('refuses a superseded link once the invitation is resent, and the new link works', async () => {
    const { id, email, token } = await invite();
    const resent = await admin.post(`/api/admin/users/${id}/invitation`).expect(200);
    expect(resent.body).toMatchObject({ id, status: 'invited', invitation: { emailedTo: null, link: expect.any(String) } });
    const superseded = await setPassword(token).expect(410);
    expect(superseded.body.error).toMatchObject({ code: 'link_superseded', message: expect.stringMatching(/^A newer link has been sent to you/) });
    expect(superseded.headers['set-cookie']).toBeUndefined();
    await signIn(email).expect(401);
    await setPassword(tokenOf(resent.body.invitation.link)).expect(200);
    await signIn(email).expect(200);
  });

  it('refuses an unknown link, and one cut short, as not recognised', async () => {
    const { token } = await invite();
    for (const made of ['A'.repeat(43), token.slice(0, 30), '']) {
      const unknown = await setPassword(made).expect(404);
      expect(unknown.body.error).toMatchObject({ code: 'link_unknown', message: 'This link is not recognised. Check you copied the whole link from the email, or ask for a new one.' });
      expect(unknown.headers['set-cookie']).toBeUndefined();
      expect((await check(made).expect(404)).body.error.code).toBe('link_unknown');
    }
  });

  it('makes the link of an invited person useless once they are deactivated, even after reactivation', async () => {
    const { id, email, token } = await invite();
    await admin.post(`/api/admin/users/${id}/deactivate`).expect(200);
    const withdrawn = await setPassword(token).expect(410);
    expect(withdrawn.body.error).toMatchObject({ code: 'link_withdrawn', message: expect.stringContaining('the account has been deactivated') });
    await admin.post(`/api/admin/users/${id}/reactivate`).expect(200);
    expect((await setPassword(token).expect(410)).body.error.code).toBe('link_withdrawn');
    await signIn(email).expect(401);
  });

  it('resends invitations only to people who are invited', async () => {
    const working = (await t.sql<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [WORKING]))[0].id;
    const refused = await admin.post(`/api/admin/users/${working}/invitation`).expect(409);
    expect(refused.body.error.message).toMatch(/already set their password/);
    const { id } = await invite();
    await admin.post(`/api/admin/users/${id}/deactivate`).expect(200);
    expect((await admin.post(`/api/admin/users/${id}/invitation`).expect(409)).body.error.message).toMatch(/deactivated/);
  });

  it('refuses a common password, and one containing the e-mail name, leaving the link usable', async () => {
    const { email, token } = await invite();
    const common = await setPassword(token, 'password1234').expect(400);
    expect(common.body.error.details).toEqual([{ field: 'password', messages: ['Choose a password that is harder to guess: this one is on a list of common passwords'] }]);
    const own = await setPassword(token, `${email.split('@')[0].toUpperCase()}-forever`).expect(400);
    expect(own.body.error.details).toEqual([{ field: 'password', messages: ['Password must not contain the part of your email address before the @'] }]);
    const short = await setPassword(token, 'elevenchars').expect(400);
    expect(short.body.error.details).toEqual([{ field: 'password', messages: ['Password must be 12 characters or more'] }]);
    await setPassword(token).expect(200);
  });

  it('keeps the set-password page from leaking its token through Referer', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});
