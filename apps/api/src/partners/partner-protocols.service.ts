import { Injectable } from '@nestjs/common';
import type { PartnerProtocol as PartnerProtocolResponse } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { toPartnerProtocol } from './dto/partner.response.js';
import type { SignProtocolDto } from './dto/sign-protocol.dto.js';
import { insertProtocol, partnerExists, selectProtocols } from './partners.queries.js';

@Injectable()
export class PartnerProtocolsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(partnerId: string): Promise<PartnerProtocolResponse[]> {
    await this.assertPartnerExists(this.db.manager, partnerId);
    const protocols = await selectProtocols(this.db.manager, partnerId);
    return protocols.map(toPartnerProtocol);
  }

  sign(user: CurrentUser, partnerId: string, dto: SignProtocolDto): Promise<PartnerProtocolResponse> {
    return this.db.transaction(async (manager) => {
      await this.assertPartnerExists(manager, partnerId);
      const protocol = await insertProtocol(manager, partnerId, dto);
      await this.audit.record(manager, {
        actorId: user.id,
        operation: 'create',
        entityType: 'partner_protocol',
        entityId: protocol.id,
        after: { partnerId, protocolName: dto.protocolName, protocolVersion: dto.protocolVersion, signedOn: dto.signedOn, signedBy: dto.signedBy },
      });
      return toPartnerProtocol(protocol);
    });
  }

  private async assertPartnerExists(manager: EntityManager, partnerId: string): Promise<void> {
    if (!(await partnerExists(manager, partnerId))) throw new NotFoundError('The partner');
  }
}
