import { createTestApp, type TestApp } from './support/test-app.js';

const BOARD = 'board@steerline.example';
const PASSWORD = 'steerline-demo-2026';

const sessionCookie = (response: { headers: Record<string, unknown> }) =>
  ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []).find((cookie) => cookie.startsWith('steerline.sid='));
const cookieValue = (cookie: string | undefined) => cookie?.split(';')[0];

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('signs a demo user in and returns who they are, their bodies and permissions', async () => {
    const response = await t.http.post('/api/auth/sign-in').send({ email: BOARD, password: PASSWORD }).expect(200);
    expect(response.body).toMatchObject({ email: BOARD, name: 'Bola Board', bodies: [{ name: 'Channel shift board', kind: 'channel_shift_board' }] });
    expect(response.body.permissions).toContain('escalation:decide');
    expect(response.body.permissions).not.toContain('admin:manage');
  });

  it('accepts the email address in any case', async () => {
    await t.http.post('/api/auth/sign-in').send({ email: 'Board@Steerline.Example', password: PASSWORD }).expect(200);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie that is not Secure by default', async () => {
    const response = await t.http.post('/api/auth/sign-in').send({ email: BOARD, password: PASSWORD }).expect(200);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/; Secure/);
  });

  it('answers /api/me with the signed-in user, and 401 without a session', async () => {
    const agent = await t.signIn('partner@steerline.example');
    const me = await agent.get('/api/me').expect(200);
    expect(me.body).toMatchObject({ name: 'Pat Partner', partner: { name: 'Barclays Digital Eagles' }, bodies: [{ kind: 'external_steering_group' }] });
    const anonymous = await t.http.get('/api/me').expect(401);
    expect(anonymous.body.error).toMatchObject({ code: 'unauthenticated' });
  });

  it('answers /api/auth/session with 200 whether or not anyone is signed in', async () => {
    expect((await t.http.get('/api/auth/session').expect(200)).body).toEqual({ signedIn: false });
    const agent = await t.signIn('partner@steerline.example');
    const session = await agent.get('/api/auth/session').expect(200);
    expect(session.body).toMatchObject({ signedIn: true, me: { name: 'Pat Partner', partner: { name: 'Barclays Digital Eagles' } } });
    expect(session.body.me).toEqual((await agent.get('/api/me').expect(200)).body);
    await agent.post('/api/auth/sign-out').expect(204);
    expect((await agent.get('/api/auth/session').expect(200)).body).toEqual({ signedIn: false });
  });

  it('refuses a wrong password and an unknown account with the same answer', async () => {
    const wrong = await t.http.post('/api/auth/sign-in').send({ email: 'leader@steerline.example', password: 'not-the-password' }).expect(401);
    const unknown = await t.http.post('/api/auth/sign-in').send({ email: 'nobody@steerline.example', password: 'not-the-password' }).expect(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect({ ...unknown.body.error, requestId: undefined }).toEqual({ ...wrong.body.error, requestId: undefined });
    expect(sessionCookie(wrong)).toBeUndefined();
  });

  it('issues a new session id at sign-in and retires the old one', async () => {
    const agent = await t.signIn(BOARD);
    const first = await agent.post('/api/auth/sign-in').send({ email: BOARD, password: PASSWORD }).expect(200);
    const second = await agent.post('/api/auth/sign-in').send({ email: BOARD, password: PASSWORD }).expect(200);
    const [a, b] = [cookieValue(sessionCookie(first)), cookieValue(sessionCookie(second))];
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toEqual(b);
    await t.http.get('/api/me').set('Cookie', a!).expect(401);
    await t.http.get('/api/me').set('Cookie', b!).expect(200);
  });

  it('ends the session on the server at sign-out, so a replayed cookie is refused', async () => {
    const signIn = await t.http.post('/api/auth/sign-in').send({ email: BOARD, password: PASSWORD }).expect(200);
    const cookie = cookieValue(sessionCookie(signIn))!;
    const sid = decodeURIComponent(cookie.split('=')[1]).slice(2).split('.')[0];
    expect(await t.sql('SELECT 1 FROM session WHERE sid = $1', [sid])).toHaveLength(1);

    await t.http.post('/api/auth/sign-out').set('Cookie', cookie).expect(204);
    expect(await t.sql('SELECT 1 FROM session WHERE sid = $1', [sid])).toHaveLength(0);
    await t.http.get('/api/me').set('Cookie', cookie).expect(401);
  });

  it('ends the sessions of a deactivated user and refuses their sign-in', async () => {
    const agent = await t.signIn('working@steerline.example');
    await t.sql(`UPDATE app_user SET is_active = false WHERE email = 'working@steerline.example'`);
    await agent.get('/api/me').expect(401);
    expect((await agent.get('/api/auth/session').expect(200)).body).toEqual({ signedIn: false });
    await t.http.post('/api/auth/sign-in').send({ email: 'working@steerline.example', password: PASSWORD }).expect(401);
  });
});

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ SIGN_IN_MAX_FAILURES: '10', SIGN_IN_WINDOW_MINUTES: '15', TRUST_PROXY: 'true' })));
  afterAll(() => t.close());

  const attempt = (email: string, password: string, address = '203.0.113.7') =>
    t.http.post('/api/auth/sign-in').set('X-Forwarded-For', address).send({ email, password });

  it('answers 429 after 10 failures for one account from one address, even with the right password', async () => {
    for (let i = 0; i < 10; i++) await attempt('leader@steerline.example', 'wrong-password').expect(401);
    const limited = await attempt('leader@steerline.example', 'wrong-password').expect(429);
    expect(limited.body.error.code).toBe('too_many_attempts');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await attempt('leader@steerline.example', PASSWORD).expect(429);
  });

  it('still lets the same account in from another address, and another account from the same one', async () => {
    await attempt('leader@steerline.example', PASSWORD, '198.51.100.20').expect(200);
    await attempt('admin@steerline.example', PASSWORD).expect(200);
  });
});

describe('secure cookies', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ COOKIE_SECURE: 'true', TRUST_PROXY: 'true' })));
  afterAll(() => t.close());

  it('marks the session cookie Secure when COOKIE_SECURE=true', async () => {
    const response = await t.http
      .post('/api/auth/sign-in')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: BOARD, password: PASSWORD })
      .expect(200);
    expect(sessionCookie(response)).toMatch(/; Secure/);
  });

  it('tells browsers to stay on HTTPS', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});
