import { Injectable } from '@nestjs/common';
import {
  type AddAgendaItemRequest, type BoardMeeting, type BoardMeetingSummary, type CreateBoardMeetingRequest, ErrorCode, type EscalationStatus,
} from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, NotFoundError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error.js';
import { readAgenda, readEscalation } from './escalation-reader.js';
import { statusWhenScheduled } from './escalations.policy.js';
import { auditedFields } from './escalations.service.js';

interface MeetingRow {
  id: string;
  meeting_date: string;
  title: string;
  created_by_id: string;
  created_by_name: string;
  agenda_count: number;
}

const MEETING_SELECT = `
  SELECT m.id, m.meeting_date::text AS meeting_date, m.title, m.created_by_id, u.name AS created_by_name,
         (SELECT count(*)::int FROM board_meeting_agenda_item ai WHERE ai.meeting_id = m.id) AS agenda_count
  FROM board_meeting m JOIN app_user u ON u.id = m.created_by_id`;

/** The channel shift board's meetings and their agendas of escalations. */
@Injectable()
export class BoardMeetingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every meeting, latest date first. */
  async list(): Promise<BoardMeetingSummary[]> {
    const rows: MeetingRow[] = await this.db.query(`${MEETING_SELECT} ORDER BY m.meeting_date DESC, m.created_at DESC`);
    return rows.map((row) => ({ id: row.id, meetingDate: row.meeting_date, title: row.title, agendaCount: row.agenda_count }));
  }

  async get(id: string, db: EntityManager = this.db.manager): Promise<BoardMeeting> {
    const [row]: MeetingRow[] = await db.query(`${MEETING_SELECT} WHERE m.id = $1`, [id]);
    if (!row) throw new NotFoundError('The board meeting');
    return {
      id: row.id,
      meetingDate: row.meeting_date,
      title: row.title,
      createdBy: { id: row.created_by_id, name: row.created_by_name },
      agenda: await readAgenda(db, id),
    };
  }

  async create(actor: CurrentUser, input: CreateBoardMeetingRequest): Promise<BoardMeeting> {
    return this.db.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        `INSERT INTO board_meeting (meeting_date, title, created_by_id) VALUES ($1, $2, $3) RETURNING id`,
        [input.meetingDate, input.title, actor.id],
      );
      await this.audit.record(manager, { actorId: actor.id, operation: 'create', entityType: 'board_meeting', entityId: id, after: { ...input } });
      return this.get(id, manager);
    });
  }

  /** Puts an escalation on the agenda, at the end; an open escalation goes under review. */
  async addToAgenda(actor: CurrentUser, meetingId: string, input: AddAgendaItemRequest): Promise<BoardMeeting> {
    return this.db.transaction(async (manager) => {
      const [meeting] = await manager.query(`SELECT id FROM board_meeting WHERE id = $1 FOR UPDATE`, [meetingId]);
      if (!meeting) throw new NotFoundError('The board meeting');
      const [locked] = await manager.query(`SELECT status, version FROM escalation WHERE id = $1 FOR UPDATE`, [input.escalationId]);
      if (!locked) throw new ValidationFailedError([{ field: 'escalationId', messages: ['escalationId must be the id of an escalation'] }]);
      const before = (await readEscalation(manager, input.escalationId))!;
      if (locked.version !== input.version) throw new StaleVersionError('The escalation', before);
      const next = statusWhenScheduled(locked.status as EscalationStatus);
      if (!next) {
        throw new DomainError(ErrorCode.Conflict, `Only an open or under-review escalation can be put on an agenda; this one is ${before.status.replace('_', ' ')}.`, { current: before });
      }
      const agendaBefore: { escalation_id: string }[] = await manager.query(
        `SELECT escalation_id FROM board_meeting_agenda_item WHERE meeting_id = $1 ORDER BY position`, [meetingId]);
      const ids = agendaBefore.map((item) => item.escalation_id);
      if (ids.includes(before.id)) throw new DomainError(ErrorCode.Conflict, 'This escalation is already on the agenda of that meeting.');

      await manager.query(
        `INSERT INTO board_meeting_agenda_item (meeting_id, escalation_id, position, added_by_id) VALUES ($1, $2, $3, $4)`,
        [meetingId, before.id, ids.length + 1, actor.id],
      );
      await manager.query(
        `UPDATE escalation SET status = $2, review_started_at = coalesce(review_started_at, now()), version = version + 1, updated_at = now() WHERE id = $1`,
        [before.id, next],
      );
      await this.audit.record(manager, {
        actorId: actor.id, operation: 'edit', entityType: 'board_meeting', entityId: meetingId, before: { agenda: ids }, after: { agenda: [...ids, before.id] },
      });
      const after = (await readEscalation(manager, before.id))!;
      await this.audit.record(manager, {
        actorId: actor.id, operation: 'edit', entityType: 'escalation', entityId: before.id, before: auditedFields(before), after: auditedFields(after),
      });
      return this.get(meetingId, manager);
    });
  }
}
