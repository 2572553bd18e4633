import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { APP_CONFIG, type AppConfig, singleSignOnIsOn } from '../../config/env.js';
import type { IdentityClaims } from './identity.policy.js';

/** What the browser's session keeps between sending the person to the provider and their coming back. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  startedAt: number;
}

export interface VerifiedIdentity {
  issuer: string;
  claims: IdentityClaims;
  idToken: string;
}

export const CALLBACK_PATH = '/api/auth/oidc/callback';

/**
 * The council's OpenID provider through `openid-client`: authorisation code flow with PKCE (S256), state and nonce.
 * The provider is discovered on first use and remembered; a failed discovery is tried again next time.
 */
@Injectable()
export class OidcClient {
  private discovered?: Promise<oidc.Configuration>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get isOn(): boolean {
    return singleSignOnIsOn(this.config);
  }

  get redirectUri(): string {
    return `${this.config.PUBLIC_URL}${CALLBACK_PATH}`;
  }

  async start(): Promise<{ url: string; flow: OidcFlow }> {
    const configuration = await this.configuration();
    const flow: OidcFlow = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier(), startedAt: Date.now() };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url: url.href, flow };
  }

  /** Exchanges the code; throws unless the state, the code and the ID token (signature, issuer, audience, expiry, nonce) all check out. */
  async finish(query: string, flow: OidcFlow): Promise<VerifiedIdentity> {
    const configuration = await this.configuration();
    const tokens = await oidc.authorizationCodeGrant(configuration, new URL(`${this.redirectUri}?${query}`), {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new Error('The provider answered without an ID token');
    return { issuer: configuration.serverMetadata().issuer, claims: claims as IdentityClaims, idToken: tokens.id_token };
  }

  /** Where to send the browser to end the provider's session too; null when the provider offers no logout. */
  async signOutUrl(idToken: string): Promise<string | null> {
    const configuration = await this.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(configuration, { id_token_hint: idToken, post_logout_redirect_uri: `${this.config.PUBLIC_URL}/sign-in` }).href;
  }

  private configuration(): Promise<oidc.Configuration> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      this.discovered = undefined;
      throw error;
    });
    return this.discovered;
  }

  private async discover(): Promise<oidc.Configuration> {
    const { OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ALLOW_HTTP } = this.config;
    if (!OIDC_ISSUER_URL || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) throw new Error('Single sign-on is not set up');
    return oidc.discovery(new URL(OIDC_ISSUER_URL), OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, undefined, {
      // The ID token's signature is checked against the provider's published keys, not taken on trust from TLS alone.
      execute: [oidc.enableNonRepudiationChecks, ...(OIDC_ALLOW_HTTP ? [oidc.allowInsecureRequests] : [])],
      timeout: 10,
    });
  }
}
