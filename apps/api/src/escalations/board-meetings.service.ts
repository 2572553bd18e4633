import { Injectable } from '@nestjs/common';
import {
  type AddAgendaItemRequest, type BoardMeeting, type BoardMeetingSummary, type CreateBoardMeetingRequest, ErrorCode,
} from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, NotFoundError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error.js';
import { addAgendaItem, insertMeeting, lockMeeting, selectAgendaIds, selectMeeting, selectMeetings } from './board-meeting.queries.js';
import { lockEscalation, scheduleEscalation } from './escalation-moves.queries.js';
import { readAgenda, readEscalation } from './escalation.queries.js';
import { statusWhenScheduled } from './escalations.policy.js';
import { auditedFields } from './escalations.service.js';

/** The channel shift board's meetings and their agendas of escalations. */
@Injectable()
export class BoardMeetingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every meeting, latest date first. */
  async list(): Promise<BoardMeetingSummary[]> {
    const rows = await selectMeetings(this.db.manager);
    return rows.map((row) => ({ id: row.id, meetingDate: row.meeting_date, title: row.title, agendaCount: row.agenda_count }));
  }

  async get(id: string, db: EntityManager = this.db.manager): Promise<BoardMeeting> {
    const row = await selectMeeting(db, id);
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
      const id = await insertMeeting(manager, input.meetingDate, input.title, actor.id);
      await this.audit.record(manager, { actorId: actor.id, operation: 'create', entityType: 'board_meeting', entityId: id, after: { ...input } });
      return this.get(id, manager);
    });
  }

  /** Puts an escalation on the agenda, at the end; an open escalation goes under review. */
  async addToAgenda(actor: CurrentUser, meetingId: string, input: AddAgendaItemRequest): Promise<BoardMeeting> {
    return this.db.transaction(async (manager) => {
      if (!(await lockMeeting(manager, meetingId))) throw new NotFoundError('The board meeting');
      const locked = await lockEscalation(manager, input.escalationId);
      if (!locked) throw new ValidationFailedError([{ field: 'escalationId', messages: ['escalationId must be the id of an escalation'] }]);
      const before = (await readEscalation(manager, input.escalationId))!;
      if (locked.version !== input.version) throw new StaleVersionError('The escalation', before);
      const next = statusWhenScheduled(locked.status);
      if (!next) {
        throw new DomainError(ErrorCode.Conflict, `Only an open or under-review escalation can be put on an agenda; this one is ${before.status.replace('_', ' ')}.`, { current: before });
      }
      const ids = await selectAgendaIds(manager, meetingId);
      if (ids.includes(before.id)) throw new DomainError(ErrorCode.Conflict, 'This escalation is already on the agenda of that meeting.');

      await addAgendaItem(manager, meetingId, before.id, ids.length + 1, actor.id);
      await scheduleEscalation(manager, before.id, next);
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
