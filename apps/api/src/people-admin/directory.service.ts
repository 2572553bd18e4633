import { Injectable } from '@nestjs/common';
import type { PersonRef } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { selectActivePeople } from './people-admin.queries.js';

/** Who there is, for every signed-in reader: owner pickers and filters. */
@Injectable()
export class DirectoryService {
  constructor(private readonly db: DataSource) {}

  people(): Promise<PersonRef[]> {
    return selectActivePeople(this.db.manager);
  }
}
