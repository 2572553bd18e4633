import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { closeServer } from '@steerline/testing';

export interface ForgedIssuer {
  issuer: string;
  settings: Record<string, string>;
  /** The ID token the token endpoint answers with next. */
  answerWith(idToken: string): void;
  /** Signs with the key the issuer publishes (or, with `wrongKey`, a key of the same id that it does not). */
  sign(claims: JWTPayload, options?: { wrongKey?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export const FORGED_CLIENT_ID = 'steerline-forged';

/**
 * A tiny issuer made with `jose` that serves discovery, its JWKS and a token endpoint returning whatever ID token the
 * test gives it, for the ID tokens a real provider would never issue: wrong signature, audience, issuer, nonce, expired.
 */
export async function startForgedIssuer(publicUrl: string): Promise<ForgedIssuer> {
  const published = await generateKeyPair('RS256', { extractable: true });
  const unpublished = await generateKeyPair('RS256');
  let nextIdToken = '';
  const server = createServer((request, response) => {
    const json = (body: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const path = new URL(request.url ?? '/', issuer).pathname;
    if (path === '/.well-known/openid-configuration') {
      return json({
        issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (path === '/jwks') return void exportJWK(published.publicKey).then((jwk) => json({ keys: [{ ...jwk, kid: 'forged-key', alg: 'RS256', use: 'sig' }] }));
    if (path === '/token' && request.method === 'POST') {
      request.resume();
      return request.on('end', () => json({ access_token: 'forged-access-token', token_type: 'Bearer', expires_in: 300, id_token: nextIdToken }));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    settings: { OIDC_ISSUER_URL: issuer, OIDC_CLIENT_ID: FORGED_CLIENT_ID, OIDC_CLIENT_SECRET: 'forged-secret', OIDC_ALLOW_HTTP: 'true', PUBLIC_URL: publicUrl },
    answerWith: (idToken) => (nextIdToken = idToken),
    sign: (claims, options = {}) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'forged-key' }).sign(options.wrongKey ? unpublished.privateKey : published.privateKey),
    close: () => closeServer(server),
  };
}
