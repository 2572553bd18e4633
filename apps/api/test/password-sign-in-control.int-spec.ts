import { ADMIN, BOARD } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PASSWORD = 'steerline-demo-2026';
/** Never contacted: these tests are about passwords, and the provider is only discovered when someone presses its button. */
const SSO = { OIDC_ISSUER_URL: 'https://login.council.example/tenant/v2.0', OIDC_CLIENT_ID: 'steerline', OIDC_CLIENT_SECRET: 'a-client-secret', OIDC_BUTTON_LABEL: 'Sign in with Norwich City Council' };

describe('password sign-in without single sign-on (the default)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()), 60_000);
  afterAll(() => t.close());

  it('offers passwords only, and sends the browser to a refusal page if single sign-on is asked for', async () => {
    expect((await t.http.get('/api/auth/options').expect(200)).body).toEqual({ password: 'true', singleSignOn: null });
    const start = await t.http.get('/api/auth/oidc/login').expect(303);
    expect(start.headers.location).toBe('/sign-in/refused?reason=unavailable');
  });
});

describe('PASSWORD_SIGN_IN=admins-only', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ ...SSO, PASSWORD_SIGN_IN: 'admins-only' })), 60_000);
  afterAll(() => t.close());

  it('tells the sign-in page, and keeps a password way in for administrators only', async () => {
    expect((await t.http.get('/api/auth/options').expect(200)).body).toEqual({
      password: 'admins-only', singleSignOn: { label: 'Sign in with Norwich City Council', startUrl: '/api/auth/oidc/login' },
    });
    await t.http.post('/api/auth/sign-in').send({ email: ADMIN, password: PASSWORD }).expect(200);
    const refused = await t.http.post('/api/auth/sign-in').send({ email: BOARD, password: PASSWORD }).expect(403);
    expect(refused.body.error).toMatchObject({ code: 'password_sign_in_off', message: expect.stringContaining('Sign in with your council account') });
    expect(refused.headers['set-cookie']).toBeUndefined();
  });

  it('still says a wrong password is wrong, so the refusal does not tell who has an account', async () => {
    await t.http.post('/api/auth/sign-in').send({ email: BOARD, password: 'not-the-password' }).expect(401);
  });
});

describe('PASSWORD_SIGN_IN=false', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ ...SSO, PASSWORD_SIGN_IN: 'false' })), 60_000);
  afterAll(() => t.close());

  it('refuses every password, administrators’ too, without checking it', async () => {
    expect((await t.http.get('/api/auth/options').expect(200)).body.password).toBe('false');
    for (const password of [PASSWORD, 'not-the-password']) {
      const refused = await t.http.post('/api/auth/sign-in').send({ email: ADMIN, password }).expect(403);
      expect(refused.body.error.code).toBe('password_sign_in_off');
    }
    expect(await t.sql(`SELECT 1 FROM sign_in_failure`)).toEqual([]);
  });
});
