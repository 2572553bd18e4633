import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('partner_contact')
export class PartnerContact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'partner_id' })
  partnerId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  role!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @VersionColumn()
  version!: number;
}
