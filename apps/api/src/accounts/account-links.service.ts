import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, type LinkDetails, LinkPurpose, type SetPasswordResponse } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from '../common/auth/password.js';
import { passwordProblems } from '../common/auth/password-policy.js';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { endSessionsExcept, setPasswordHash } from './account.queries.js';
import { databaseNow, findLink, insertLink, lockLink, markLinkUsed, supersedeOpenLinks, withdrawOpenLinks } from './account-token.queries.js';
import { hashToken, type LinkRefusal, newToken, refusalMessage, refuseLink, setPasswordLink } from './one-time-link.js';

export interface IssuedLink {
  link: string;
  expiresAt: Date;
}

/**
 * One-time links that let a person set their password: issued (superseding their older ones), checked, used once.
 * Only the token's hash is stored and audited rows never carry it. Constructed by hand in admin-create.ts too.
 */
@Injectable()
export class AccountLinksService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new link for the person on the caller's transaction; every older open link of theirs stops working. */
  async issue(manager: EntityManager, request: { userId: string; purpose: LinkPurpose; actorId: string | null }): Promise<IssuedLink> {
    const token = newToken();
    await supersedeOpenLinks(manager, request.userId);
    const { expiresAt } = await insertLink(manager, { userId: request.userId, purpose: request.purpose, tokenHash: hashToken(token), minutes: this.lifetimeMinutes(request.purpose) });
    await this.audit.record(manager, {
      actorId: request.actorId, operation: 'issue_link', entityType: 'user', entityId: request.userId,
      after: { linkPurpose: request.purpose, linkExpiresAt: expiresAt.toISOString() },
    });
    return { link: setPasswordLink(this.config.PUBLIC_URL, token), expiresAt };
  }

  /** Whom a link belongs to, while it works; the reason it does not otherwise. */
  async check(token: string): Promise<LinkDetails> {
    const link = await findLink(this.db.manager, hashToken(token));
    const refusal = refuseLink(link, await databaseNow(this.db.manager));
    if (refusal) throw linkRefused(refusal, link?.purpose);
    return { purpose: link!.purpose, name: link!.name, email: link!.email, expiresAt: link!.expiresAt.toISOString() };
  }

  /**
   * Sets the password and spends the link, ending every session the person has. Signs nobody in: they sign in next
   * with the new password. A refused link changes nothing but the audit trail, which records the refusal.
   */
  async use(token: string, password: string): Promise<SetPasswordResponse> {
    const outcome = await this.db.transaction(async (manager): Promise<SetPasswordResponse | { refusal: LinkRefusal; purpose?: LinkPurpose }> => {
      const link = await lockLink(manager, hashToken(token));
      const refusal = refuseLink(link, await databaseNow(manager));
      if (refusal || !link) {
        const reason: LinkRefusal = refusal ?? ErrorCode.LinkUnknown;
        if (link) await this.audit.record(manager, { actorId: null, operation: 'refuse_link', entityType: 'user', entityId: link.userId, after: { linkPurpose: link.purpose, refusedAs: reason } });
        return { refusal: reason, purpose: link?.purpose };
      }
      const problems = passwordProblems(password, link.email);
      if (problems.length > 0) throw new ValidationFailedError([{ field: 'password', messages: problems }]);
      await setPasswordHash(manager, link.userId, await hashPassword(password));
      await markLinkUsed(manager, link.id);
      await supersedeOpenLinks(manager, link.userId);
      await endSessionsExcept(manager, link.userId, null);
      await this.audit.record(manager, { actorId: link.userId, operation: 'set_password', entityType: 'user', entityId: link.userId, after: { linkPurpose: link.purpose } });
      return { email: link.email };
    });
    if ('refusal' in outcome) throw linkRefused(outcome.refusal, outcome.purpose);
    return outcome;
  }

  /** Their password changed another way (or their account closed): no link sent before may still change it. */
  async supersedeAll(manager: EntityManager, userId: string): Promise<void> {
    await supersedeOpenLinks(manager, userId);
  }

  /** On deactivation: every open link of the person stops working, and stays so if they are reactivated. */
  async withdrawAll(manager: EntityManager, userId: string): Promise<void> {
    await withdrawOpenLinks(manager, userId);
  }

  private lifetimeMinutes(purpose: LinkPurpose): number {
    return purpose === LinkPurpose.Reset ? this.config.RESET_LINK_MINUTES : this.config.INVITATION_LINK_DAYS * 24 * 60;
  }
}

const linkRefused = (refusal: LinkRefusal, purpose: LinkPurpose | undefined) => new DomainError(refusal, refusalMessage(refusal, purpose), purpose ? { purpose } : undefined);
