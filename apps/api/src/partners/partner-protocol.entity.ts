import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner's signature on a shared protocol; signed once, never edited. */
@Entity('partner_protocol')
export class PartnerProtocol {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'partner_id' })
  partnerId!: string;

  @Column('text', { name: 'protocol_name' })
  protocolName!: string;

  @Column('text', { name: 'protocol_version' })
  protocolVersion!: string;

  /** ISO `YYYY-MM-DD`. */
  @Column('date', { name: 'signed_on' })
  signedOn!: string;

  @Column('text', { name: 'signed_by' })
  signedBy!: string;
}
