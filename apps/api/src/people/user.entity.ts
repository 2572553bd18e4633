import { Column, CreateDateColumn, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { Body } from '../strategy/body.entity.js';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash!: string;

  @Column('boolean', { name: 'is_admin' })
  isAdmin!: boolean;

  @Column('boolean', { name: 'is_active' })
  isActive!: boolean;

  @Column('uuid', { name: 'partner_id', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => Partner, { nullable: true })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner | null;

  @ManyToMany(() => Body)
  @JoinTable({ name: 'body_membership', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'body_id' } })
  bodies?: Body[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
