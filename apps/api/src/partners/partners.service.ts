import { isUniqueViolation } from '../common/errors/database-errors.js';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type PartnerDetail, type PartnerSummary } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, NotFoundError, StaleVersionError } from '../common/errors/domain-error.js';
import type { CreatePartnerDto } from './dto/create-partner.dto.js';
import { auditedPartner, toPartnerDetail, toPartnerSummary } from './dto/partner.response.js';
import type { UpdatePartnerDto } from './dto/update-partner.dto.js';
import {
  insertPartner, partnerNameTaken, selectContacts, selectLiveActions, selectPartner, selectPartners, selectProtocols, updatePartner,
} from './partners.queries.js';

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
    return (await selectPartners(this.db.manager)).map(toPartnerSummary);
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<PartnerDetail> {
    const partner = await selectPartner(manager, id);
    if (!partner) throw new NotFoundError('The partner');
    const contacts = await selectContacts(manager, id);
    const protocols = await selectProtocols(manager, id);
    const liveActions = await selectLiveActions(manager, id);
    return toPartnerDetail(partner, contacts, protocols, liveActions);
  }

  async create(user: CurrentUser, dto: CreatePartnerDto): Promise<PartnerDetail> {
    const id = await this.write(async (manager) => {
      await this.assertNameFree(manager, dto.name);
      const partner = await insertPartner(manager, { name: dto.name, description: dto.description ?? '' });
      await this.audit.record(manager, { actorId: user.id, operation: 'create', entityType: 'partner', entityId: partner.id, after: auditedPartner(partner) });
      return partner.id;
    });
    return this.get(id);
  }

  async update(user: CurrentUser, id: string, dto: UpdatePartnerDto): Promise<PartnerDetail> {
    await this.write(async (manager) => {
      const partner = await selectPartner(manager, id, true);
      if (!partner) throw new NotFoundError('The partner');
      if (partner.version !== dto.version) throw new StaleVersionError('The partner', await this.get(id, manager));
      const before = auditedPartner(partner);
      if (dto.name !== undefined && dto.name.toLowerCase() !== partner.name.toLowerCase()) await this.assertNameFree(manager, dto.name, id);
      const after = auditedPartner({ name: dto.name ?? partner.name, description: dto.description ?? partner.description });
      if (Object.keys(changedFields(before, after)).length === 0) return;
      await updatePartner(manager, id, after);
      await this.audit.record(manager, { actorId: user.id, operation: 'edit', entityType: 'partner', entityId: id, before, after });
    });
    return this.get(id);
  }

  private async assertNameFree(manager: EntityManager, name: string, exceptId: string | null = null): Promise<void> {
    if (await partnerNameTaken(manager, name, exceptId)) throw nameTaken();
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
