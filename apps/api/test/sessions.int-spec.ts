import request from 'supertest';
import { ADMIN, BOARD, demoIds, WORKING } from './support/demo.js';
import { tokenOf } from './support/accounts.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PASSWORD = 'steerline-demo-2026';
const sessionCookie = (response: request.Response) =>
  ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((cookie) => cookie.startsWith('steerline.sid='))?.split(';')[0];
const sidOf = (cookie: string) => decodeURIComponent(cookie.split('=')[1]).slice(2).split('.')[0];

describe('sessions', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ SESSION_IDLE_MINUTES: '5' });
    ids = await demoIds(t);
  });
  afterAll(() => t.close());

  const signInCookie = async (email: string) => sessionCookie(await t.http.post('/api/auth/sign-in').send({ email, password: PASSWORD }).expect(200))!;

  it('gives a new session id at sign-in, replacing the one the browser had', async () => {
    const agent = request.agent(t.app.getHttpServer());
    const first = sessionCookie(await agent.post('/api/auth/sign-in').send({ email: BOARD, password: PASSWORD }).expect(200));
    const second = sessionCookie(await agent.post('/api/auth/sign-in').send({ email: BOARD, password: PASSWORD }).expect(200));
    expect(first).toBeDefined();
    expect(second).not.toEqual(first);
    await t.http.get('/api/me').set('Cookie', first!).expect(401);
  });

  it('ends every session of the user at sign-out, on every device', async () => {
    const laptop = await signInCookie(BOARD);
    const phone = await signInCookie(BOARD);
    const otherUser = await signInCookie(WORKING);
    await t.http.get('/api/me').set('Cookie', phone).expect(200);

    await t.http.post('/api/auth/sign-out').set('Cookie', laptop).expect(204);
    const refused = await t.http.get('/api/me').set('Cookie', phone).expect(401);
    expect(refused.body.error.code).toBe('unauthenticated');
    await t.http.get('/api/me').set('Cookie', laptop).expect(401);
    await t.http.get('/api/me').set('Cookie', otherUser).expect(200);
    expect(await t.sql(`SELECT 1 FROM session WHERE sess->>'userId' = $1`, [ids[BOARD]])).toHaveLength(0);
  });

  it('ends every session of a user an administrator deactivates', async () => {
    const admin = await t.signIn(ADMIN);
    const [one, two] = [await signInCookie(WORKING), await signInCookie(WORKING)];
    await admin.post(`/api/admin/users/${ids[WORKING]}/deactivate`).expect(200);
    await t.http.get('/api/me').set('Cookie', one).expect(401);
    await t.http.get('/api/me').set('Cookie', two).expect(401);
    expect(await t.sql(`SELECT 1 FROM session WHERE sess->>'userId' = $1`, [ids[WORKING]])).toHaveLength(0);
    await admin.post(`/api/admin/users/${ids[WORKING]}/reactivate`).expect(200);
  });

  it('keeps a session for SESSION_IDLE_MINUTES after the last request, and no longer', async () => {
    const cookie = await signInCookie(BOARD);
    const [{ minutes }] = await t.sql<{ minutes: number }>(`SELECT extract(epoch FROM expire - now()) / 60 AS minutes FROM session WHERE sid = $1`, [sidOf(cookie)]);
    expect(Number(minutes)).toBeGreaterThan(4.5);
    expect(Number(minutes)).toBeLessThan(5.1);
    await t.sql(`UPDATE session SET expire = now() - interval '1 second' WHERE sid = $1`, [sidOf(cookie)]);
    await t.http.get('/api/me').set('Cookie', cookie).expect(401);
  });

  it('extends an active session with each request', async () => {
    const cookie = await signInCookie(BOARD);
    await t.sql(`UPDATE session SET expire = now() + interval '1 minute' WHERE sid = $1`, [sidOf(cookie)]);
    await t.http.get('/api/me').set('Cookie', cookie).expect(200);
    const [{ minutes }] = await t.sql<{ minutes: number }>(`SELECT extract(epoch FROM expire - now()) / 60 AS minutes FROM session WHERE sid = $1`, [sidOf(cookie)]);
    expect(Number(minutes)).toBeGreaterThan(4.5);
  });

  it('sends the cookie again with a later expiry at most once per interval (3 s at 5 idle minutes), not on every answer', async () => {
    const cookie = await signInCookie(BOARD);
    const setCookies = async () => (await t.http.get('/api/me').set('Cookie', cookie).expect(200)).headers['set-cookie'] as unknown as string[] | undefined;
    const rapid = [];
    for (let index = 0; index < 5; index++) rapid.push(await setCookies());
    expect(rapid.filter(Boolean).length).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const [later] = (await setCookies()) ?? [];
    expect(later).toMatch(/^steerline\.sid=[^;]+;.*Expires=/);
    expect(Date.parse(/Expires=([^;]+)/.exec(later)![1]) - Date.now()).toBeGreaterThan(4.5 * 60_000);
  });
});

describe('cross-site request refusal (CSRF)', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp({ ALLOWED_ORIGINS: 'https://steerline.example.org' });
    cookie = sessionCookie(await t.http.post('/api/auth/sign-in').send({ email: BOARD, password: PASSWORD }).expect(200))!;
  });
  afterAll(() => t.close());

  const markRead = () => t.http.post('/api/notifications/00000000-0000-4000-8000-000000000000/read').set('Cookie', cookie);

  it('refuses a state-changing request from a foreign Origin with 403 and the uniform error body', async () => {
    for (const send of [markRead, () => t.http.post('/api/auth/sign-out').set('Cookie', cookie)]) {
      const refused = await send().set('Origin', 'https://evil.example').expect(403);
      expect(refused.body.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/another site/) });
      expect(refused.body.error.requestId).toEqual(expect.any(String));
    }
    await t.http.get('/api/me').set('Cookie', cookie).expect(200);
  });

  it('refuses a foreign Referer when there is no Origin, and an opaque Origin', async () => {
    await markRead().set('Referer', 'https://evil.example/page').expect(403);
    await markRead().set('Origin', 'null').expect(403);
    await t.http.post('/api/auth/sign-in').set('Origin', 'http://evil.example').send({ email: BOARD, password: PASSWORD }).expect(403);
  });

  it('lets through requests from its own host, a configured origin, and clients that send neither header', async () => {
    expect((await markRead().set('Host', 'steerline.test:8080').set('Origin', 'http://steerline.test:8080')).status).toBe(404);
    expect((await markRead().set('Host', 'steerline.test').set('Referer', 'https://steerline.test/actions')).status).toBe(404);
    expect((await markRead().set('Host', 'steerline.test').set('Origin', 'http://steerline.test:8080')).status).toBe(403);
    expect((await markRead().set('Origin', 'https://steerline.example.org')).status).toBe(404);
    expect((await markRead()).status).toBe(404);
  });

  it('lets reads through from anywhere', async () => {
    await t.http.get('/api/me').set('Cookie', cookie).set('Origin', 'https://evil.example').expect(200);
  });
});

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('refuses passwords shorter than 12 characters and accepts 12', async () => {
    const admin = await t.signIn(ADMIN);
    const invited = await admin.post('/api/admin/users').send({ email: 'sam@example.org', name: 'Sam Smith' }).expect(201);
    const setPassword = (password: string) => t.http.post('/api/account/set-password').send({ token: tokenOf(invited.body.invitation.link), password });
    const refused = await setPassword('elevenchars').expect(400);
    expect(refused.body.error.details).toEqual([{ field: 'password', messages: ['Password must be 12 characters or more'] }]);
    await setPassword('twelve-chars').expect(200);
    await t.http.post('/api/auth/sign-in').send({ email: 'sam@example.org', password: 'twelve-chars' }).expect(200);
  });

  it('answers an unknown account and a wrong password identically', async () => {
    const wrong = await t.http.post('/api/auth/sign-in').send({ email: BOARD, password: 'wrong-password-1' }).expect(401);
    const unknown = await t.http.post('/api/auth/sign-in').send({ email: 'nobody@steerline.example', password: 'wrong-password-1' }).expect(401);
    const strip = (response: request.Response) => ({ ...response.body.error, requestId: undefined });
    expect(strip(unknown)).toEqual(strip(wrong));
    expect(strip(wrong)).toEqual({ code: 'invalid_credentials', message: 'Enter a correct email address and password.', requestId: undefined });
    expect(unknown.headers['content-type']).toEqual(wrong.headers['content-type']);
    expect(sessionCookie(unknown)).toBeUndefined();
    expect(sessionCookie(wrong)).toBeUndefined();
  });
});
