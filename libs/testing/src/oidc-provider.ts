import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { closeServer } from './close-server.js';

/** What the provider says about a person it signs in, keyed by the login typed on its sign-in page. */
export interface ProviderPerson {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Steerline's settings for this provider. */
  settings: Record<string, string>;
  /** Signs in at the provider's own pages as `login`, from Steerline's authorisation URL to the callback URL it redirects to. */
  signIn(authorizationUrl: string, login: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_CLIENT_ID = 'steerline';
export const TEST_CLIENT_SECRET = 'steerline-test-client-secret';

/**
 * A real OpenID provider (`oidc-provider`, with its development sign-in page) in this process, on `port` (0: a free
 * one), with Steerline registered as a confidential client and a fresh RSA signing key. Any password is accepted; the
 * login names the person in `people`. Consent is taken as given, as a council's own tenant does for its own app.
 */
export async function startOidcProvider(options: { publicUrl: string; people: Record<string, ProviderPerson>; port?: number }): Promise<TestOidcProvider> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const callback = `${options.publicUrl}/api/auth/oidc/callback`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: TEST_CLIENT_ID, client_secret: TEST_CLIENT_SECRET, redirect_uris: [callback],
      post_logout_redirect_uris: [`${options.publicUrl}/sign-in`], response_types: ['code'], grant_types: ['authorization_code'],
    }],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' }] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The e-mail claims go into the ID token itself, as Entra ID and Keycloak put them, not only into userinfo.
    conformIdTokenClaims: false,
    cookies: { keys: ['test-provider-cookie-key'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx, id) => {
      const person = options.people[id];
      return person ? { accountId: id, claims: () => ({ sub: id, ...person }) } : undefined;
    },
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());

  return {
    issuer,
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    settings: { OIDC_ISSUER_URL: issuer, OIDC_CLIENT_ID: TEST_CLIENT_ID, OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET, OIDC_ALLOW_HTTP: 'true', PUBLIC_URL: options.publicUrl },
    signIn: (authorizationUrl, login) => signInThroughForms(authorizationUrl, login, callback),
    close: () => closeServer(server),
  };
}

/** Follows the provider's redirects with its cookies, filling in its sign-in form, until it sends the browser to `callback`. */
async function signInThroughForms(authorizationUrl: string, login: string, callback: string): Promise<string> {
  const cookies = new Map<string, string>();
  let request: { url: string; form?: URLSearchParams } = { url: authorizationUrl };
  for (let hop = 0; hop < 12; hop++) {
    const response = await fetch(request.url, {
      method: request.form ? 'POST' : 'GET',
      body: request.form,
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, request.url).href;
      if (next.startsWith(callback)) return next;
      request = { url: next };
      continue;
    }
    const action = /<form[^>]*action="([^"]+)"/.exec(await response.text())?.[1];
    if (!action) throw new Error(`The provider answered ${response.status} at ${request.url} with no form and no redirect`);
    request = { url: new URL(action.replace(/&amp;/g, '&'), request.url).href, form: new URLSearchParams({ prompt: 'login', login, password: 'any-password' }) };
  }
  throw new Error('The provider did not send the browser back to Steerline');
}
