import { isUniqueViolation } from '../common/errors/database-errors.js';
import { Injectable } from '@nestjs/common';
import { AccountStatus, ErrorCode, type AdminUser, type FieldError, type InvitedUser } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, ForbiddenError, NotFoundError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error.js';
import { InvitationsService } from '../accounts/invitations.service.js';
import {
  emailTaken as isEmailTaken, findAdminUser, insertUser, listAdminUsers, lockUserRow, partnerExists, updateUser,
} from './people-admin.queries.js';
import { StrategyService } from '../strategy/strategy.service.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import { auditedUser } from './dto/admin-user.response.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import { REFUSAL_MESSAGES, refuseEdit } from './people-admin.policy.js';

const emailTaken = () =>
  new DomainError(ErrorCode.Conflict, 'Someone already has this email address.', [
    { field: 'email', messages: ['Someone already has this email address'] },
  ]);

const NOT_INVITED: Record<Exclude<AdminUser['status'], 'invited'>, string> = {
  active: 'This person has already set their password, so there is no invitation to resend. They can use "Forgot your password?" on the sign-in page.',
  deactivated: "This person's account is deactivated. Reactivate it before resending the invitation.",
};

@Injectable()
export class AdminUsersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly strategy: StrategyService,
    private readonly invitations: InvitationsService,
  ) {}

  list(): Promise<AdminUser[]> {
    return listAdminUsers(this.db.manager);
  }

  /** Adds the person with no password and invites them: e-mailed, or (without SMTP_URL) a link in the answer, once. */
  async create(actor: CurrentUser, dto: CreateUserDto): Promise<InvitedUser> {
    try {
      const { created, invitation } = await this.db.transaction(async (manager) => {
        if (await isEmailTaken(manager, dto.email)) throw emailTaken();
        const bodyIds = dto.bodyIds ?? [];
        await this.assertReferencesExist(manager, bodyIds, dto.partnerId ?? null, []);
        const id = await insertUser(manager, { email: dto.email, name: dto.name, isAdmin: dto.isAdmin ?? false, partnerId: dto.partnerId ?? null, bodyIds });
        const user = (await findAdminUser(manager, id))!;
        await this.audit.record(manager, { actorId: actor.id, operation: 'create', entityType: 'user', entityId: id, after: auditedUser(user) });
        return { created: user, invitation: await this.invitations.issue(manager, user, actor) };
      });
      return { ...created, invitation: this.invitations.deliver(invitation) };
    } catch (error) {
      throw isUniqueViolation(error) ? emailTaken() : error;
    }
  }

  /** A new invitation for someone who has not set a password yet; the one sent before stops working. */
  async resendInvitation(actor: CurrentUser, id: string): Promise<InvitedUser> {
    const { user, invitation } = await this.db.transaction(async (manager) => {
      const current = await lockUser(manager, id);
      if (current.status !== AccountStatus.Invited) throw new DomainError(ErrorCode.Conflict, NOT_INVITED[current.status]);
      return { user: current, invitation: await this.invitations.issue(manager, current, actor) };
    });
    return { ...user, invitation: this.invitations.deliver(invitation) };
  }

  update(actor: CurrentUser, id: string, dto: UpdateUserDto): Promise<AdminUser> {
    return this.db.transaction(async (manager) => {
      const current = await lockUser(manager, id);
      if (current.version !== dto.version) throw new StaleVersionError('The person', current);
      const refusal = refuseEdit(actor, id, dto);
      if (refusal) throw new ForbiddenError(REFUSAL_MESSAGES[refusal]);

      const before = auditedUser(current);
      const after = {
        ...before,
        name: dto.name ?? before.name,
        isAdmin: dto.isAdmin ?? before.isAdmin,
        partnerId: dto.partnerId === undefined ? before.partnerId : dto.partnerId,
        bodyIds: dto.bodyIds ? [...dto.bodyIds].sort() : before.bodyIds,
      };
      if (Object.keys(changedFields(before, after)).length === 0) return current;
      await this.assertReferencesExist(manager, after.bodyIds, after.partnerId, before.bodyIds);

      await updateUser(manager, id, after);
      await this.audit.record(manager, { actorId: actor.id, operation: 'edit', entityType: 'user', entityId: id, before, after });
      return (await findAdminUser(manager, id))!;
    });
  }

  /** New memberships need a body that is still in use; one the person already had may stay after the body is retired. */
  private async assertReferencesExist(manager: EntityManager, bodyIds: string[], partnerId: string | null, heldBodyIds: string[]): Promise<void> {
    const errors: FieldError[] = [];
    const joining = bodyIds.filter((id) => !heldBodyIds.includes(id));
    if ((await this.strategy.countActiveBodies(manager, joining)) !== joining.length) {
      errors.push({ field: 'bodyIds', messages: ['Choose bodies from the list: a retired body takes no new members'] });
    }
    if (partnerId && !(await partnerExists(manager, partnerId))) errors.push({ field: 'partnerId', messages: ['Choose a partner from the list'] });
    if (errors.length > 0) throw new ValidationFailedError(errors);
  }
}

/** Locks the user's row for the rest of the transaction and returns them as they are now. */
export async function lockUser(manager: EntityManager, id: string): Promise<AdminUser> {
  if (!(await lockUserRow(manager, id))) throw new NotFoundError('The person');
  return (await findAdminUser(manager, id))!;
}
