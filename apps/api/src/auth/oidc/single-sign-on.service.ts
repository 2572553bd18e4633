import { Inject, Injectable, Logger } from '@nestjs/common';
import { type SignInOptions, SsoRefusal } from '@steerline/contracts';
import * as oidc from 'openid-client';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { type IdentityClaims, nameFor, refusePerson, vouchedEmail } from './identity.policy.js';
import { OidcClient, type OidcFlow } from './oidc-client.js';
import { insertLinkedPerson, linkSubject, personByEmail, personBySubject } from './single-sign-on.queries.js';

/** How long a person may spend at the provider between leaving Steerline and coming back. */
export const FLOW_MINUTES = 10;

export type SsoOutcome = { userId: string; idToken: string } | { refusal: SsoRefusal };

/** Single sign-on: who the provider's verified identity is in Steerline, if anyone; every sign-in and refusal is audited. */
@Injectable()
export class SingleSignOnService {
  private readonly logger = new Logger(SingleSignOnService.name);

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly client: OidcClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get option(): SignInOptions['singleSignOn'] {
    return this.client.isOn ? { label: this.config.OIDC_BUTTON_LABEL, startUrl: '/api/auth/oidc/login' } : null;
  }

  async start(): Promise<{ url: string; flow: OidcFlow } | { refusal: SsoRefusal }> {
    if (!this.client.isOn) return { refusal: SsoRefusal.Unavailable };
    try {
      return await this.client.start();
    } catch (error) {
      this.logger.warn({ err: error }, 'The OpenID provider could not be reached to start a sign-in');
      return { refusal: SsoRefusal.Unavailable };
    }
  }

  async finish(query: string, flow: OidcFlow | undefined): Promise<SsoOutcome> {
    if (!this.client.isOn) return { refusal: SsoRefusal.Unavailable };
    if (!flow || Date.now() - flow.startedAt > FLOW_MINUTES * 60_000) return this.refuse(SsoRefusal.FlowMissing, null);
    let identity;
    try {
      identity = await this.client.finish(query, flow);
    } catch (error) {
      const refusal = error instanceof oidc.AuthorizationResponseError ? SsoRefusal.ProviderRefused : SsoRefusal.Unverifiable;
      this.logger.warn({ err: error }, `A single sign-on was refused: ${refusal}`);
      return this.refuse(refusal, null, { problem: error instanceof Error ? error.message : String(error) });
    }
    const { issuer, claims, idToken } = identity;
    const verdict = vouchedEmail(claims, { emailClaim: this.config.OIDC_EMAIL_CLAIM, allowedDomains: this.config.OIDC_ALLOWED_DOMAINS });
    if ('refusal' in verdict) return this.refuse(verdict.refusal, null, { email: claimedEmail(claims) });
    return this.db.transaction(async (manager): Promise<SsoOutcome> => {
      const person = (await personBySubject(manager, issuer, claims.sub)) ?? (await personByEmail(manager, issuer, verdict.email));
      if (!person && this.config.OIDC_AUTO_CREATE) return { userId: await this.createPerson(manager, issuer, claims, verdict.email), idToken };
      const refusal = refusePerson(person, claims.sub);
      if (refusal || !person) return this.refuse(refusal ?? SsoRefusal.UnknownPerson, person?.id ?? null, { email: verdict.email }, manager);
      if (person.subject === null) await linkSubject(manager, person.id, issuer, claims.sub);
      await this.audit.record(manager, {
        actorId: person.id, operation: 'sign_in', entityType: 'user', entityId: person.id,
        after: { method: 'single_sign_on', ...(person.subject === null ? { linkedToProvider: true } : {}) },
      });
      return { userId: person.id, idToken };
    });
  }

  /** Read-only until an administrator places them in bodies. */
  private async createPerson(manager: EntityManager, issuer: string, claims: IdentityClaims, email: string): Promise<string> {
    const name = nameFor(claims, email);
    const id = await insertLinkedPerson(manager, { email, name, issuer, subject: claims.sub });
    await this.audit.record(manager, { actorId: null, operation: 'create', entityType: 'user', entityId: id, after: { email, name, isAdmin: false, isActive: true, createdBy: 'single_sign_on' } });
    await this.audit.record(manager, { actorId: id, operation: 'sign_in', entityType: 'user', entityId: id, after: { method: 'single_sign_on', linkedToProvider: true } });
    return id;
  }

  /** A refusal about a known person is recorded against them; any other against the sign-in itself. */
  private async refuse(refusal: SsoRefusal, userId: string | null, details: Record<string, unknown> = {}, manager?: EntityManager): Promise<SsoOutcome> {
    const record = (db: EntityManager) =>
      this.audit.record(db, {
        actorId: null, operation: 'refuse_sign_in', entityType: userId ? 'user' : 'sign_in', entityId: userId ?? 'single_sign_on',
        after: { method: 'single_sign_on', refusedAs: refusal, ...details },
      });
    await (manager ? record(manager) : this.db.transaction(record));
    return { refusal };
  }
}

const claimedEmail = (claims: IdentityClaims) => (typeof claims.email === 'string' ? claims.email : typeof claims.preferred_username === 'string' ? claims.preferred_username : null);
