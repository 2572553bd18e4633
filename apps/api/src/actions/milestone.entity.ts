import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('milestone')
export class Milestone {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('text')
  title!: string;

  @Column('date', { name: 'due_date' })
  dueDate!: string;

  @Column('date', { name: 'done_date', nullable: true })
  doneDate!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
