import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type NewExternalSubscription, type NewReportSubscription, type ReportSubscription, type UnsubscribeDetails } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, NotFoundError, ValidationFailedError } from '../common/errors/domain-error.js';
import {
  deleteSubscription, insertSubscription, type NewSubscriptionRow, selectByToken, selectExternalSubscriptions, selectSubscription,
  selectSubscriptionsOf, strategyExists, type SubscriptionRow,
} from './subscription.queries.js';
import { scopeName } from './digest-mail.js';

const toSubscription = (row: SubscriptionRow): ReportSubscription => ({
  id: row.id,
  strategy: row.strategy_id ? { id: row.strategy_id, name: row.strategy_name! } : null,
  frequency: row.frequency,
  email: row.email,
  external: row.user_id === null,
  createdAt: row.created_at,
});


/** Report e-mail subscriptions: people's own, the outside addresses administrators add, and unsubscribing by link. */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async mine(user: CurrentUser): Promise<ReportSubscription[]> {
    return (await selectSubscriptionsOf(this.db.manager, user.id)).map(toSubscription);
  }

  async external(): Promise<ReportSubscription[]> {
    return (await selectExternalSubscriptions(this.db.manager)).map(toSubscription);
  }

  subscribe(user: CurrentUser, request: NewReportSubscription): Promise<ReportSubscription> {
    return this.add(user, { userId: user.id, email: null, ...request });
  }

  subscribeAddress(admin: CurrentUser, request: NewExternalSubscription): Promise<ReportSubscription> {
    return this.add(admin, { userId: null, email: request.email.trim(), strategyId: request.strategyId, frequency: request.frequency });
  }

  /** A person removes their own; an administrator removes an outside address's. Anyone else's is "not found". */
  async remove(actor: CurrentUser, id: string, external: boolean): Promise<void> {
    await this.db.transaction(async (manager) => {
      const row = await selectSubscription(manager, id);
      if (!row || (external ? row.user_id !== null : row.user_id !== actor.id)) throw new NotFoundError('The subscription');
      await this.end(manager, row, actor.id);
    });
  }

  async unsubscribeDetails(token: string): Promise<UnsubscribeDetails> {
    const row = await selectByToken(this.db.manager, token);
    if (!row) throw new DomainError(ErrorCode.LinkUnknown, 'This unsubscribe link is not known: the e-mails may have been stopped already.');
    return { email: row.email, scope: scopeName(row), frequency: row.frequency };
  }

  async unsubscribe(token: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const row = await selectByToken(manager, token);
      if (!row) throw new DomainError(ErrorCode.LinkUnknown, 'This unsubscribe link is not known: the e-mails may have been stopped already.');
      await this.end(manager, row, null);
    });
  }

  private async add(actor: CurrentUser, request: Omit<NewSubscriptionRow, 'token' | 'createdById'>): Promise<ReportSubscription> {
    return this.db.transaction(async (manager) => {
      if (request.strategyId && !(await strategyExists(manager, request.strategyId))) {
        throw new ValidationFailedError([{ field: 'strategyId', messages: ['Choose a strategy that exists, or the whole Corporate Plan'] }]);
      }
      const id = await insertSubscription(manager, { ...request, token: randomBytes(32).toString('base64url'), createdById: actor.id });
      if (!id) throw new DomainError(ErrorCode.Conflict, 'There is already a subscription to that for this address.');
      const row = (await selectSubscription(manager, id))!;
      await this.audit.record(manager, { actorId: actor.id, operation: 'create', entityType: 'report_subscription', entityId: id, after: auditFields(row) });
      return toSubscription(row);
    });
  }

  private async end(manager: EntityManager, row: SubscriptionRow, actorId: string | null): Promise<void> {
    await deleteSubscription(manager, row.id);
    await this.audit.record(manager, { actorId, operation: 'remove', entityType: 'report_subscription', entityId: row.id, before: auditFields(row) });
  }
}

const auditFields = (row: SubscriptionRow) => ({ email: row.email, strategy: scopeName(row), frequency: row.frequency });
