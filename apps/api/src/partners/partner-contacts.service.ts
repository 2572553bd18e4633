import { Injectable } from '@nestjs/common';
import type { PartnerContact as PartnerContactResponse } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { NotFoundError, StaleVersionError } from '../common/errors/domain-error.js';
import type { CreatePartnerContactDto } from './dto/create-partner-contact.dto.js';
import { auditedContact, toPartnerContact } from './dto/partner.response.js';
import type { UpdatePartnerContactDto } from './dto/update-partner-contact.dto.js';
import { type ContactRow, deleteContact, insertContact, lockContact, partnerExists, selectContacts, updateContact } from './partners.queries.js';

@Injectable()
export class PartnerContactsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(partnerId: string): Promise<PartnerContactResponse[]> {
    await this.assertPartnerExists(this.db.manager, partnerId);
    const contacts = await selectContacts(this.db.manager, partnerId);
    return contacts.map(toPartnerContact);
  }

  create(user: CurrentUser, partnerId: string, dto: CreatePartnerContactDto): Promise<PartnerContactResponse> {
    return this.db.transaction(async (manager) => {
      await this.assertPartnerExists(manager, partnerId);
      const contact = await insertContact(manager, partnerId, { name: dto.name, role: dto.role ?? '', email: dto.email ?? null, phone: dto.phone ?? null });
      await this.audit.record(manager, { actorId: user.id, operation: 'create', entityType: 'partner_contact', entityId: contact.id, after: auditedContact(contact) });
      return toPartnerContact(contact);
    });
  }

  update(user: CurrentUser, partnerId: string, contactId: string, dto: UpdatePartnerContactDto): Promise<PartnerContactResponse> {
    return this.db.transaction(async (manager) => {
      const contact = await this.lockContact(manager, partnerId, contactId);
      if (contact.version !== dto.version) throw new StaleVersionError('The contact', toPartnerContact(contact));
      const before = auditedContact(contact);
      const changed: ContactRow = {
        ...contact,
        name: dto.name ?? contact.name,
        role: dto.role ?? contact.role,
        email: dto.email !== undefined ? dto.email : contact.email,
        phone: dto.phone !== undefined ? dto.phone : contact.phone,
      };
      const after = auditedContact(changed);
      if (Object.keys(changedFields(before, after)).length === 0) return toPartnerContact(contact);
      const saved = await updateContact(manager, contactId, changed);
      await this.audit.record(manager, { actorId: user.id, operation: 'edit', entityType: 'partner_contact', entityId: contactId, before, after });
      return toPartnerContact(saved);
    });
  }

  /** Removal is audited as an edit that empties every field: the trail keeps who the contact was. */
  remove(user: CurrentUser, partnerId: string, contactId: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const contact = await this.lockContact(manager, partnerId, contactId);
      await deleteContact(manager, contactId);
      await this.audit.record(manager, { actorId: user.id, operation: 'edit', entityType: 'partner_contact', entityId: contactId, before: auditedContact(contact), after: null });
    });
  }

  private async lockContact(manager: EntityManager, partnerId: string, contactId: string): Promise<ContactRow> {
    const contact = await lockContact(manager, partnerId, contactId);
    if (!contact) throw new NotFoundError('The contact');
    return contact;
  }

  private async assertPartnerExists(manager: EntityManager, partnerId: string): Promise<void> {
    if (!(await partnerExists(manager, partnerId))) throw new NotFoundError('The partner');
  }
}
