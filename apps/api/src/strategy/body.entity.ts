import type { BodyKind } from '@steerline/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('body')
export class Body {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'strategy_id' })
  strategyId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: BodyKind;

  @Column('text')
  remit!: string;
}
