import type { JWTPayload } from 'jose';
import request from 'supertest';
import { addPerson } from './support/empty-app.js';
import { FORGED_CLIENT_ID, type ForgedIssuer, startForgedIssuer } from './support/forged-issuer.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'http://steerline.test';
const CASEY = 'casey.council@norwich.gov.uk';

/**
 * ID tokens a real provider never issues, from a tiny issuer built with `jose` (discovery, JWKS and a token endpoint
 * answering with the token each test makes). The first test shows a well-made token gets in, so each refusal below is
 * down to the one thing wrong with its token.
 */
describe('single sign-on refusing forged ID tokens', () => {
  let forged: ForgedIssuer;
  let t: TestApp;

  beforeAll(async () => {
    forged = await startForgedIssuer(PUBLIC_URL);
    t = await createTestApp({ ...forged.settings, SEED_DEMO: 'false' });
    await addPerson(t, { email: CASEY, name: 'Casey Council' });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await forged.close();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const claimsFor = (nonce: string): JWTPayload => ({
    iss: forged.issuer, aud: FORGED_CLIENT_ID, sub: 'casey-subject', email: CASEY, email_verified: true, nonce, iat: now(), exp: now() + 300,
  });

  /** Starts a sign-in, has the issuer answer the code with the token `make` builds, and returns where the browser lands. */
  async function callbackWith(make: (claims: JWTPayload) => Promise<string>) {
    const agent = request.agent(t.app.getHttpServer());
    const start = await agent.get('/api/auth/oidc/login').expect(303);
    const authorize = new URL(start.headers.location);
    forged.answerWith(await make(claimsFor(authorize.searchParams.get('nonce')!)));
    const done = await agent.get(`/api/auth/oidc/callback?code=forged-code&state=${authorize.searchParams.get('state')}`).expect(303);
    return { landedOn: done.headers.location as string, me: (await agent.get('/api/me')).status };
  }

  it('lets in a token signed with the published key, for this client, from this issuer, with the nonce, in date', async () => {
    expect(await callbackWith((claims) => forged.sign(claims))).toEqual({ landedOn: '/', me: 200 });
  });

  it.each([
    ['a signature by a key the issuer does not publish', (claims: JWTPayload) => forged.sign(claims, { wrongKey: true })],
    ['another client as audience', (claims: JWTPayload) => forged.sign({ ...claims, aud: 'someone-else' })],
    ['another issuer', (claims: JWTPayload) => forged.sign({ ...claims, iss: 'https://impostor.example.org' })],
    ['another sign-in’s nonce', (claims: JWTPayload) => forged.sign({ ...claims, nonce: 'not-this-sign-ins-nonce' })],
    ['an expiry in the past', (claims: JWTPayload) => forged.sign({ ...claims, iat: now() - 3600, exp: now() - 1800 })],
  ])('refuses an ID token with %s, and creates no session', async (_case, make) => {
    expect(await callbackWith(make)).toEqual({ landedOn: '/sign-in/refused?reason=unverifiable', me: 401 });
  });
});
