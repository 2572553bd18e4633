import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Escalations raised on actions, the channel shift board's meetings and decisions on them, and in-app notifications. */
export class Escalations1764293000000 implements MigrationInterface {
  name = 'Escalations1764293000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE board_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_date date NOT NULL,
        title text NOT NULL,
        created_by_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX board_meeting_date_idx ON board_meeting (meeting_date)`);
    await db.query(`
      CREATE TABLE escalation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id),
        raised_by_id uuid NOT NULL REFERENCES app_user(id),
        raised_at timestamptz NOT NULL DEFAULT now(),
        problem text NOT NULL,
        impact text NOT NULL,
        decision_sought text NOT NULL,
        urgency text NOT NULL CHECK (urgency IN ('routine', 'high', 'urgent')),
        needed_by date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'under_review', 'agreed', 'declined', 'resolved')),
        reviewer_id uuid REFERENCES app_user(id),
        review_started_at timestamptz,
        decision text CHECK (decision IN ('agreed', 'declined')),
        decision_text text,
        conditions text,
        decided_by_id uuid REFERENCES app_user(id),
        decided_at timestamptz,
        decided_in_meeting_id uuid REFERENCES board_meeting(id),
        follow_up_owner_id uuid REFERENCES app_user(id),
        follow_up_due date,
        follow_up_milestone_id uuid REFERENCES milestone(id) ON DELETE SET NULL,
        outcome text,
        resolved_by_id uuid REFERENCES app_user(id),
        resolved_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status NOT IN ('agreed', 'declined') OR decision = status),
        CHECK (decision IS NULL OR (decision_text IS NOT NULL AND decided_by_id IS NOT NULL AND decided_at IS NOT NULL)),
        CHECK (status <> 'resolved' OR (decision IS NOT NULL AND outcome IS NOT NULL AND resolved_at IS NOT NULL)),
        CHECK (follow_up_owner_id IS NULL OR (decision = 'agreed' AND follow_up_due IS NOT NULL))
      )`);
    await db.query(`
      CREATE TABLE board_meeting_agenda_item (
        meeting_id uuid NOT NULL REFERENCES board_meeting(id),
        escalation_id uuid NOT NULL REFERENCES escalation(id),
        position integer NOT NULL,
        added_by_id uuid NOT NULL REFERENCES app_user(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, escalation_id)
      )`);
    await db.query(`CREATE INDEX board_meeting_agenda_escalation_idx ON board_meeting_agenda_item (escalation_id)`);
    await db.query(`CREATE INDEX escalation_action_idx ON escalation (action_id, raised_at)`);
    await db.query(`CREATE INDEX escalation_queue_idx ON escalation (status, raised_at) WHERE status IN ('open', 'under_review')`);
    await db.query(`CREATE INDEX escalation_decided_idx ON escalation (decided_at) WHERE decided_at IS NOT NULL`);
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        action_id uuid REFERENCES action(id),
        escalation_id uuid REFERENCES escalation(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification`);
    await db.query(`DROP TABLE board_meeting_agenda_item`);
    await db.query(`DROP TABLE escalation`);
    await db.query(`DROP TABLE board_meeting`);
  }
}
