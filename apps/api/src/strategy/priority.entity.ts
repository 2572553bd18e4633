import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('priority')
export class Priority {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'strategy_id' })
  strategyId!: string;

  @Column('integer')
  number!: number;

  @Column('text')
  title!: string;
}
