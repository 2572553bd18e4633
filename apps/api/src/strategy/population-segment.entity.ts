import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('population_segment')
export class PopulationSegment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'strategy_id' })
  strategyId!: string;

  @Column('text')
  name!: string;

  /** Percentage of households, e.g. 13.00. */
  @Column('numeric', { name: 'household_share', precision: 5, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  householdShare!: number;

  @Column('boolean', { name: 'very_low_propensity' })
  veryLowPropensity!: boolean;
}
