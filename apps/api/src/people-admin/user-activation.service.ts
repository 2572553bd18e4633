import { Injectable } from '@nestjs/common';
import type { AdminUser } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { InvitationsService } from '../accounts/invitations.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { endSessionsOf, findAdminUser, setUserActive } from './people-admin.queries.js';
import { lockUser } from './admin-users.service.js';
import { REFUSAL_MESSAGES, refuseDeactivation } from './people-admin.policy.js';

/** Deactivated people cannot sign in, lose every session at once and every link sent to them stops working; their history (actions, updates, audit) stays. */
@Injectable()
export class UserActivationService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly invitations: InvitationsService,
  ) {}

  deactivate(actor: CurrentUser, id: string): Promise<AdminUser> {
    const refusal = refuseDeactivation(actor, id);
    if (refusal) throw new ForbiddenError(REFUSAL_MESSAGES[refusal]);
    return this.setActive(actor, id, false);
  }

  reactivate(actor: CurrentUser, id: string): Promise<AdminUser> {
    return this.setActive(actor, id, true);
  }

  /** Idempotent: asking again for the state the person is already in changes nothing and writes no audit row. */
  private setActive(actor: CurrentUser, id: string, isActive: boolean): Promise<AdminUser> {
    return this.db.transaction(async (manager) => {
      const current = await lockUser(manager, id);
      if (!isActive) {
        await endSessionsOf(manager, id);
        await this.invitations.withdrawAll(manager, id);
      }
      if (current.isActive === isActive) return current;
      await setUserActive(manager, id, isActive);
      await this.audit.record(manager, {
        actorId: actor.id,
        operation: isActive ? 'edit' : 'deactivate',
        entityType: 'user',
        entityId: id,
        before: { isActive: current.isActive },
        after: { isActive },
      });
      return (await findAdminUser(manager, id))!;
    });
  }
}
