import request from 'supertest';
import { addPerson } from './support/empty-app.js';
import { type ProviderPerson, startOidcProvider, type TestOidcProvider } from '@steerline/testing';
import { createTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'http://steerline.test';
const CASEY = 'casey.council@norwich.gov.uk';
const people: Record<string, ProviderPerson> = {
  casey: { email: CASEY, email_verified: true, name: 'Casey Council' },
  uma: { email: 'uma.unverified@norwich.gov.uk', email_verified: false },
  sam: { email: 'sam.stranger@norwich.gov.uk', email_verified: true, name: 'Sam Stranger' },
  dee: { email: 'dee.deactivated@norwich.gov.uk', email_verified: true },
  pat: { email: 'pat.partner@partner.example.org', email_verified: true },
};

type Agent = ReturnType<typeof request.agent>;

describe('single sign-on through a real OpenID provider', () => {
  let provider: TestOidcProvider;
  let t: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    provider = await startOidcProvider({ publicUrl: PUBLIC_URL, people });
    t = await createTestApp({ ...provider.settings, SEED_DEMO: 'false', OIDC_ALLOWED_DOMAINS: 'norwich.gov.uk', OIDC_LOGOUT: 'true' });
    ids.casey = await addPerson(t, { email: CASEY, name: 'Casey Council' });
    ids.uma = await addPerson(t, { email: 'uma.unverified@norwich.gov.uk', name: 'Uma Unverified' });
    ids.dee = await addPerson(t, { email: 'dee.deactivated@norwich.gov.uk', name: 'Dee Deactivated' });
    ids.pat = await addPerson(t, { email: 'pat.partner@partner.example.org', name: 'Pat Partner' });
    await t.sql(`UPDATE app_user SET is_active = false WHERE id = $1`, [ids.dee]);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  const newAgent = () => request.agent(t.app.getHttpServer());
  const pathOf = (url: string) => url.slice(PUBLIC_URL.length);

  /** The browser's trip: Steerline's button, the provider's sign-in page as `login`, and back; where Steerline then sends it. */
  async function signInAs(login: string, agent: Agent = newAgent()) {
    const start = await agent.get('/api/auth/oidc/login').expect(303);
    const callback = await provider.signIn(start.headers.location, login);
    const done = await agent.get(pathOf(callback)).expect(303);
    return { agent, callback, landedOn: done.headers.location as string };
  }

  const sessionsOf = async (userId: string) =>
    (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM session WHERE sess->>'userId' = $1`, [userId]))[0].n;
  const lastAudit = async (operation: string) =>
    (await t.sql<{ entity_id: string; changes: Record<string, { after: unknown }> }>(`SELECT entity_id, changes FROM audit_event WHERE operation = $1 ORDER BY id DESC LIMIT 1`, [operation]))[0];

  it('offers the button on the sign-in page, with its label', async () => {
    const options = await t.http.get('/api/auth/options').expect(200);
    expect(options.body).toEqual({ password: 'true', singleSignOn: { label: 'Sign in with your council account', startUrl: '/api/auth/oidc/login' } });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, and keeps them out of the address it comes back to', async () => {
    const start = await newAgent().get('/api/auth/oidc/login').expect(303);
    const url = new URL(start.headers.location);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/auth`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ client_id: 'steerline', response_type: 'code', code_challenge_method: 'S256', redirect_uri: `${PUBLIC_URL}/api/auth/oidc/callback` });
    for (const param of ['code_challenge', 'state', 'nonce']) expect(url.searchParams.get(param)).toMatch(/^[\w-]{22,}$/);
  });

  it('signs the matched person in, links their provider subject and audits the sign-in', async () => {
    const { agent, landedOn } = await signInAs('casey');
    expect(landedOn).toBe('/');
    const me = await agent.get('/api/me').expect(200);
    expect(me.body).toMatchObject({ id: ids.casey, email: CASEY, name: 'Casey Council' });
    expect(await t.sql(`SELECT oidc_subject FROM app_user WHERE id = $1`, [ids.casey])).toEqual([{ oidc_subject: 'casey' }]);
    const audit = await lastAudit('sign_in');
    expect(audit.entity_id).toBe(ids.casey);
    expect(audit.changes).toMatchObject({ method: { after: 'single_sign_on' }, linkedToProvider: { after: true } });
  });

  it('still finds them by their subject after their e-mail address changes at the provider', async () => {
    await signInAs('casey');
    people.casey.email = 'casey.married-name@norwich.gov.uk';
    try {
      const { agent, landedOn } = await signInAs('casey');
      expect(landedOn).toBe('/');
      expect((await agent.get('/api/me').expect(200)).body.id).toBe(ids.casey);
    } finally {
      people.casey.email = CASEY;
    }
  });

  it.each([
    ['an e-mail address the provider has not verified', 'uma', 'email_unverified', 'uma'],
    ['an e-mail address nobody in Steerline has', 'sam', 'unknown_person', null],
    ['a deactivated person', 'dee', 'deactivated', 'dee'],
    ['a domain that is not allowed', 'pat', 'domain_not_allowed', 'pat'],
  ])('refuses %s with a page that says why, and creates no session', async (_case, login, reason, person) => {
    const { agent, landedOn } = await signInAs(login);
    expect(landedOn).toBe(`/sign-in/refused?reason=${reason}`);
    await agent.get('/api/me').expect(401);
    if (person) expect(await sessionsOf(ids[person])).toBe(0);
    expect((await lastAudit('refuse_sign_in')).changes).toMatchObject({ method: { after: 'single_sign_on' }, refusedAs: { after: reason } });
  });

  it('creates nobody for an unknown identity when OIDC_AUTO_CREATE is off', async () => {
    await signInAs('sam');
    expect(await t.sql(`SELECT id FROM app_user WHERE email = 'sam.stranger@norwich.gov.uk'`)).toEqual([]);
  });

  it('refuses a callback whose sign-in this browser never started', async () => {
    const agent = newAgent();
    const done = await agent.get('/api/auth/oidc/callback?code=anything&state=anything').expect(303);
    expect(done.headers.location).toBe('/sign-in/refused?reason=flow_missing');
    await agent.get('/api/me').expect(401);
  });

  it('refuses a real code that comes back with a wrong state, or with none', async () => {
    for (const tamper of [(url: URL) => url.searchParams.set('state', 'not-the-state'), (url: URL) => url.searchParams.delete('state')]) {
      const agent = newAgent();
      const start = await agent.get('/api/auth/oidc/login').expect(303);
      const callback = new URL(await provider.signIn(start.headers.location, 'casey'));
      tamper(callback);
      const done = await agent.get(pathOf(callback.href)).expect(303);
      expect(done.headers.location).toBe('/sign-in/refused?reason=unverifiable');
      await agent.get('/api/me').expect(401);
    }
  });

  it('refuses a replayed authorisation code, in the same browser and in another that started its own sign-in', async () => {
    const first = await signInAs('casey');
    expect(first.landedOn).toBe('/');
    const again = await first.agent.get(pathOf(first.callback)).expect(303);
    expect(again.headers.location).toBe('/sign-in/refused?reason=flow_missing');

    const attacker = newAgent();
    const start = await attacker.get('/api/auth/oidc/login').expect(303);
    const stolen = new URL(first.callback);
    stolen.searchParams.set('state', new URL(start.headers.location).searchParams.get('state')!);
    const replay = await attacker.get(pathOf(stolen.href)).expect(303);
    expect(replay.headers.location).toBe('/sign-in/refused?reason=unverifiable');
    await attacker.get('/api/me').expect(401);
  });

  it('says the provider refused when it answers with an error instead of a code', async () => {
    const agent = newAgent();
    const start = await agent.get('/api/auth/oidc/login').expect(303);
    const state = new URL(start.headers.location).searchParams.get('state')!;
    const done = await agent.get(`/api/auth/oidc/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`).expect(303);
    expect(done.headers.location).toBe('/sign-in/refused?reason=provider_refused');
    await agent.get('/api/me').expect(401);
  });

  it('ends the provider’s session too at sign-out (OIDC_LOGOUT), through its logout page', async () => {
    const { agent } = await signInAs('casey');
    const signOut = await agent.post('/api/auth/sign-out').expect(200);
    const logout = new URL(signOut.body.providerSignOutUrl);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/sign-in`);
    expect(logout.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect((await fetch(logout)).status).toBe(200);
    await agent.get('/api/me').expect(401);
  });

  it('signs a password sign-in out of Steerline alone, as before', async () => {
    const agent = await t.signIn(CASEY, 'a-long-test-password-2026');
    await agent.post('/api/auth/sign-out').expect(204);
  });
});

describe('single sign-on creating people (OIDC_AUTO_CREATE)', () => {
  let provider: TestOidcProvider;
  let t: TestApp;

  beforeAll(async () => {
    provider = await startOidcProvider({ publicUrl: PUBLIC_URL, people });
    t = await createTestApp({ ...provider.settings, SEED_DEMO: 'false', OIDC_ALLOWED_DOMAINS: 'norwich.gov.uk', OIDC_AUTO_CREATE: 'true' });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  async function signInAs(login: string) {
    const agent = request.agent(t.app.getHttpServer());
    const start = await agent.get('/api/auth/oidc/login').expect(303);
    const callback = await provider.signIn(start.headers.location, login);
    const done = await agent.get(callback.slice(PUBLIC_URL.length)).expect(303);
    return { agent, landedOn: done.headers.location as string };
  }

  it('creates a person from an allowed domain on first sign-in, with read-only access and no password', async () => {
    const { agent, landedOn } = await signInAs('sam');
    expect(landedOn).toBe('/');
    const me = await agent.get('/api/me').expect(200);
    expect(me.body).toMatchObject({ email: 'sam.stranger@norwich.gov.uk', name: 'Sam Stranger', isAdmin: false, bodies: [], permissions: [] });
    expect(await t.sql(`SELECT password_hash, oidc_subject FROM app_user WHERE id = $1`, [me.body.id])).toEqual([{ password_hash: null, oidc_subject: 'sam' }]);
    const [created] = await t.sql<{ changes: Record<string, { after: unknown }> }>(`SELECT changes FROM audit_event WHERE operation = 'create' AND entity_id = $1`, [me.body.id]);
    expect(created.changes).toMatchObject({ email: { after: 'sam.stranger@norwich.gov.uk' }, createdBy: { after: 'single_sign_on' } });
  });

  it('still refuses unverified and out-of-domain identities', async () => {
    expect((await signInAs('uma')).landedOn).toBe('/sign-in/refused?reason=email_unverified');
    expect((await signInAs('pat')).landedOn).toBe('/sign-in/refused?reason=domain_not_allowed');
    expect(await t.sql(`SELECT id FROM app_user WHERE email IN ('uma.unverified@norwich.gov.uk', 'pat.partner@partner.example.org')`)).toEqual([]);
  });
});
