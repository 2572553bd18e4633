import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

export interface MeetingRow {
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

const ALL = new PreparedStatement(`${MEETING_SELECT} ORDER BY m.meeting_date DESC, m.created_at DESC`);
const ONE = new PreparedStatement(`${MEETING_SELECT} WHERE m.id = $1`);
const INSERT = new PreparedStatement(`INSERT INTO board_meeting (meeting_date, title, created_by_id) VALUES ($1, $2, $3) RETURNING id`);
const LOCK = new PreparedStatement(`SELECT id FROM board_meeting WHERE id = $1 FOR UPDATE`);
const AGENDA_IDS = new PreparedStatement(`SELECT escalation_id FROM board_meeting_agenda_item WHERE meeting_id = $1 ORDER BY position`);
const ADD_TO_AGENDA = new PreparedStatement(`
  INSERT INTO board_meeting_agenda_item (meeting_id, escalation_id, position, added_by_id) VALUES ($1, $2, $3, $4)`);

/** Every meeting, latest date first. */
export const selectMeetings = (db: EntityManager) => runPrepared<MeetingRow>(db, ALL);

export async function selectMeeting(db: EntityManager, id: string): Promise<MeetingRow | undefined> {
  const [row] = await runPrepared<MeetingRow>(db, ONE, [id]);
  return row;
}

export async function insertMeeting(db: EntityManager, meetingDate: string, title: string, createdById: string): Promise<string> {
  const [{ id }] = await runPrepared<{ id: string }>(db, INSERT, [meetingDate, title, createdById]);
  return id;
}

/** Locks the meeting's row until the transaction ends, so agenda changes take turns; false when there is none. */
export const lockMeeting = async (db: EntityManager, id: string) => (await runPrepared(db, LOCK, [id])).length > 0;

/** The ids of the escalations on the meeting's agenda, in agenda order. */
export const selectAgendaIds = async (db: EntityManager, meetingId: string) =>
  (await runPrepared<{ escalation_id: string }>(db, AGENDA_IDS, [meetingId])).map((item) => item.escalation_id);

export async function addAgendaItem(db: EntityManager, meetingId: string, escalationId: string, position: number, addedById: string): Promise<void> {
  await runPrepared(db, ADD_TO_AGENDA, [meetingId, escalationId, position, addedById]);
}
