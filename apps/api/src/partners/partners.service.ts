import { isUniqueViolation } from '../common/errors/database-errors.js';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type LiveActionRef, type PartnerDetail, type PartnerSummary } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, NotFoundError, StaleVersionError } from '../common/errors/domain-error.js';
import type { CreatePartnerDto } from './dto/create-partner.dto.js';
import { auditedPartner, toPartnerDetail, toPartnerSummary, type PartnerSummaryRow } from './dto/partner.response.js';
import type { UpdatePartnerDto } from './dto/update-partner.dto.js';
import { PartnerContact } from './partner-contact.entity.js';
import { PartnerProtocol } from './partner-protocol.entity.js';
import { Partner } from './partner.entity.js';

const nameTaken = () =>
  new DomainError(ErrorCode.Conflict, 'A partner with this name already exists.', [
    { field: 'name', messages: ['A partner with this name already exists'] },
  ]);

@Injectable()
export class PartnersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<PartnerSummary[]> {
    const rows: PartnerSummaryRow[] = await this.db.query(`
      SELECT p.id, p.name, p.description, p.version, count(a.id)::int AS live_action_count
        FROM partner p
        LEFT JOIN action_partner ap ON ap.partner_id = p.id
        LEFT JOIN action a ON a.id = ap.action_id AND a.status NOT IN ('complete', 'cancelled')
       GROUP BY p.id
       ORDER BY lower(p.name)`);
    return rows.map(toPartnerSummary);
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<PartnerDetail> {
    const partner = await manager.findOneBy(Partner, { id });
    if (!partner) throw new NotFoundError('The partner');
    const contacts = await manager.find(PartnerContact, { where: { partnerId: id }, order: { name: 'ASC' } });
    const protocols = await manager.find(PartnerProtocol, { where: { partnerId: id }, order: { signedOn: 'DESC', protocolName: 'ASC' } });
    const liveActions: LiveActionRef[] = await manager.query(
      `SELECT a.id, a.reference, a.title, a.rag, a.status
         FROM action_partner ap JOIN action a ON a.id = ap.action_id
        WHERE ap.partner_id = $1 AND a.status NOT IN ('complete', 'cancelled')
        ORDER BY a.reference`,
      [id],
    );
    return toPartnerDetail(partner, contacts, protocols, liveActions);
  }

  async create(user: CurrentUser, dto: CreatePartnerDto): Promise<PartnerDetail> {
    const id = await this.write(async (manager) => {
      await this.assertNameFree(manager, dto.name);
      const partner = await manager.save(manager.create(Partner, { name: dto.name, description: dto.description ?? '' }));
      await this.audit.record(manager, { actorId: user.id, operation: 'create', entityType: 'partner', entityId: partner.id, after: auditedPartner(partner) });
      return partner.id;
    });
    return this.get(id);
  }

  async update(user: CurrentUser, id: string, dto: UpdatePartnerDto): Promise<PartnerDetail> {
    await this.write(async (manager) => {
      const partner = await manager.findOne(Partner, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!partner) throw new NotFoundError('The partner');
      if (partner.version !== dto.version) throw new StaleVersionError('The partner', await this.get(id, manager));
      const before = auditedPartner(partner);
      if (dto.name !== undefined && dto.name.toLowerCase() !== partner.name.toLowerCase()) await this.assertNameFree(manager, dto.name, id);
      partner.name = dto.name ?? partner.name;
      partner.description = dto.description ?? partner.description;
      const after = auditedPartner(partner);
      if (Object.keys(changedFields(before, after)).length === 0) return;
      await manager.save(partner);
      await this.audit.record(manager, { actorId: user.id, operation: 'edit', entityType: 'partner', entityId: id, before, after });
    });
    return this.get(id);
  }

  private async assertNameFree(manager: EntityManager, name: string, exceptId: string | null = null): Promise<void> {
    const taken = await manager.query(`SELECT 1 FROM partner WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2`, [name, exceptId]);
    if (taken.length > 0) throw nameTaken();
  }

  /** One transaction; a name taken by a concurrent create still answers 409, not 500. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken() : error;
    }
  }
}
