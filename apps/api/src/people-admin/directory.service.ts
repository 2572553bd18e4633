import { Injectable } from '@nestjs/common';
import type { BodySummary, PersonRef } from '@steerline/contracts';
import { DataSource } from 'typeorm';

/** Who and which bodies there are, for every signed-in reader: pickers, filters, the governance page. */
@Injectable()
export class DirectoryService {
  constructor(private readonly db: DataSource) {}

  people(): Promise<PersonRef[]> {
    return this.db.query(`SELECT id, name FROM app_user WHERE is_active ORDER BY lower(name), id`);
  }

  bodies(): Promise<BodySummary[]> {
    return this.db.query(`
      SELECT b.id, b.name, b.kind, b.remit, count(u.id)::int AS "memberCount"
        FROM body b
        LEFT JOIN body_membership m ON m.body_id = b.id
        LEFT JOIN app_user u ON u.id = m.user_id AND u.is_active
       GROUP BY b.id
       ORDER BY b.name`);
  }
}
