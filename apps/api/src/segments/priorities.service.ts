import { Injectable } from '@nestjs/common';
import type { PriorityRef } from '@steerline/contracts';
import { DataSource } from 'typeorm';

/** The strategy's numbered priorities, for pickers and filters. */
@Injectable()
export class PrioritiesService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<PriorityRef[]> {
    return this.db.query(`SELECT id, number, title FROM priority ORDER BY number, id`);
  }
}
