import { isUniqueViolation } from '../common/errors/database-errors.js';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type AdminUser, type FieldError } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, ForbiddenError, NotFoundError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error.js';
import { hashPassword } from '../common/auth/password.js';
import { findAdminUser, listAdminUsers } from './admin-user-reads.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import { auditedUser } from './dto/admin-user.response.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import { REFUSAL_MESSAGES, refuseEdit } from './people-admin.policy.js';

const emailTaken = () =>
  new DomainError(ErrorCode.Conflict, 'Someone already has this email address.', [
    { field: 'email', messages: ['Someone already has this email address'] },
  ]);

@Injectable()
export class AdminUsersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<AdminUser[]> {
    return listAdminUsers(this.db.manager);
  }

  async create(actor: CurrentUser, dto: CreateUserDto): Promise<AdminUser> {
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.db.transaction(async (manager) => {
        const taken = await manager.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [dto.email]);
        if (taken.length > 0) throw emailTaken();
        const bodyIds = dto.bodyIds ?? [];
        await assertReferencesExist(manager, bodyIds, dto.partnerId ?? null);
        const [{ id }] = await manager.query(
          `INSERT INTO app_user (email, name, password_hash, is_admin, partner_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [dto.email, dto.name, passwordHash, dto.isAdmin ?? false, dto.partnerId ?? null],
        );
        await manager.query(`INSERT INTO body_membership (user_id, body_id) SELECT $1, unnest($2::uuid[])`, [id, bodyIds]);
        const created = (await findAdminUser(manager, id))!;
        await this.audit.record(manager, { actorId: actor.id, operation: 'create', entityType: 'user', entityId: id, after: auditedUser(created) });
        return created;
      });
    } catch (error) {
      throw isUniqueViolation(error) ? emailTaken() : error;
    }
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
      await assertReferencesExist(manager, after.bodyIds, after.partnerId);

      await manager.query(
        `UPDATE app_user SET name = $2, is_admin = $3, partner_id = $4, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, after.name, after.isAdmin, after.partnerId],
      );
      await manager.query(`DELETE FROM body_membership WHERE user_id = $1 AND NOT (body_id = ANY($2::uuid[]))`, [id, after.bodyIds]);
      await manager.query(
        `INSERT INTO body_membership (user_id, body_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [id, after.bodyIds],
      );
      await this.audit.record(manager, { actorId: actor.id, operation: 'edit', entityType: 'user', entityId: id, before, after });
      return (await findAdminUser(manager, id))!;
    });
  }
}

/** Locks the user's row for the rest of the transaction and returns them as they are now. */
export async function lockUser(manager: EntityManager, id: string): Promise<AdminUser> {
  const locked = await manager.query(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [id]);
  if (locked.length === 0) throw new NotFoundError('The person');
  return (await findAdminUser(manager, id))!;
}

async function assertReferencesExist(manager: EntityManager, bodyIds: string[], partnerId: string | null): Promise<void> {
  const errors: FieldError[] = [];
  const [{ found }] = await manager.query(`SELECT count(*)::int AS found FROM body WHERE id = ANY($1::uuid[])`, [bodyIds]);
  if (found !== bodyIds.length) errors.push({ field: 'bodyIds', messages: ['Choose bodies from the list'] });
  if (partnerId) {
    const partner = await manager.query(`SELECT 1 FROM partner WHERE id = $1`, [partnerId]);
    if (partner.length === 0) errors.push({ field: 'partnerId', messages: ['Choose a partner from the list'] });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
