import type { Rag } from '@steerline/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Appended, never edited: a correction is a new update. */
@Entity('progress_update')
export class ProgressUpdate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('text')
  commentary!: string;

  @Column('text')
  rag!: Rag;

  @Column('integer', { name: 'percent_complete' })
  percentComplete!: number;

  @Column('text', { nullable: true })
  problem!: string | null;

  @Column('text', { name: 'corrective_action', nullable: true })
  correctiveAction!: string | null;

  @Column('date', { name: 'revised_date', nullable: true })
  revisedDate!: string | null;
}
