import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

@Entity('measure')
export class Measure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  unit!: string;

  @Column('numeric', { nullable: true, transformer: numeric })
  target!: number | null;

  @Column('numeric', { nullable: true, transformer: numeric })
  baseline!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
