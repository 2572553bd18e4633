import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { PopulationSegment } from '../strategy/population-segment.entity.js';

export type ActionStatus = 'not_started' | 'in_progress' | 'complete' | 'cancelled';
export type Rag = 'red' | 'amber' | 'green' | 'blue' | 'grey';

@Entity('action')
export class Action {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'strategy_id' })
  strategyId!: string;

  @Column('text')
  reference!: string;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column('uuid', { name: 'priority_id' })
  priorityId!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @Column('uuid', { name: 'owning_body_id' })
  owningBodyId!: string;

  @Column('date', { name: 'start_date', nullable: true })
  startDate!: string | null;

  @Column('date', { name: 'due_date', nullable: true })
  dueDate!: string | null;

  @Column('text')
  status!: ActionStatus;

  @Column('text')
  rag!: Rag;

  @Column('integer', { name: 'percent_complete' })
  percentComplete!: number;

  @Column('timestamptz', { name: 'last_update_at', nullable: true })
  lastUpdateAt!: Date | null;

  @Column('text', { name: 'cancelled_reason', nullable: true })
  cancelledReason!: string | null;

  @ManyToMany(() => Partner)
  @JoinTable({ name: 'action_partner', joinColumn: { name: 'action_id' }, inverseJoinColumn: { name: 'partner_id' } })
  partners?: Partner[];

  @ManyToMany(() => PopulationSegment)
  @JoinTable({ name: 'action_segment', joinColumn: { name: 'action_id' }, inverseJoinColumn: { name: 'segment_id' } })
  segments?: PopulationSegment[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
