// The large data set as set-based SQL. Every "random" choice is a hash of a fixed key (pg_temp.rnd), so two
// seeds of an empty database give the same rows, ids included (pg_temp.uid).
export const HELPERS = [
  `CREATE FUNCTION pg_temp.rnd(key text) RETURNS float8 IMMUTABLE LANGUAGE sql AS $$ SELECT ('x' || substr(md5(key), 1, 8))::bit(32)::bigint / 4294967296.0 $$`,
  `CREATE FUNCTION pg_temp.pick(key text, n int) RETURNS int IMMUTABLE LANGUAGE sql AS $$ SELECT floor(pg_temp.rnd(key) * n)::int $$`,
  // A version 4 (random) UUID made of the key's hash, so the API's id checks accept it.
  `CREATE FUNCTION pg_temp.uid(key text) RETURNS uuid IMMUTABLE LANGUAGE sql AS $$
     SELECT overlay(overlay(md5('steerline-bench:' || key) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
];

/** The data set; the smoke bench seeds the small one. */
export const LARGE = { ACTIONS: 5000, UPDATES: 200_000, ESCALATIONS: 2000, QUEUED_ESCALATIONS: 150, USERS: 500, PARTNERS: 60, CYCLES: 8 };
export const SMALL = { ACTIONS: 60, UPDATES: 600, ESCALATIONS: 40, QUEUED_ESCALATIONS: 10, USERS: 40, PARTNERS: 12, CYCLES: 1 };

export const BENCH_USERS = [
  { email: 'bench-admin@steerline.example', name: 'Bench Admin', body: null, isAdmin: true },
  { email: 'bench-leader@steerline.example', name: 'Bench Leader', body: 'leadership_team' },
  { email: 'bench-board@steerline.example', name: 'Bench Board', body: 'channel_shift_board' },
  { email: 'bench-working@steerline.example', name: 'Bench Working', body: 'internal_working_group' },
  { email: 'bench-partner@steerline.example', name: 'Bench Partner', body: 'external_steering_group', partner: 'Barclays Digital Eagles' },
];

/** Statements in order; they read bench.strategy and bench.password (the demo password's hash) from settings. */
export const seedStatements = ({ ACTIONS, UPDATES, USERS, PARTNERS }) => [
  // Partners: the 4 of the demo plus 56.
  `INSERT INTO partner (id, name, description)
   SELECT pg_temp.uid('partner' || i), 'Partner organisation ' || lpad(i::text, 2, '0'), 'A local organisation delivering digital support.'
   FROM generate_series(1, ${PARTNERS - 4}) i`,
  // Users: 5 demo + 5 bench + 490, spread over the four bodies; partner organisations' staff sit on the external group.
  `INSERT INTO app_user (id, email, name, password_hash, partner_id)
   SELECT pg_temp.uid('user' || j), 'user' || lpad(j::text, 3, '0') || '@bench.steerline.example',
          (ARRAY['Sam','Jo','Alex','Priya','Tom','Aisha','Chris','Mei','Owen','Fatima'])[1 + j % 10] || ' ' ||
          (ARRAY['Smith','Patel','Jones','Khan','Brown','Taylor','Wilson','Evans','Clarke','Wright'])[1 + (j / 10) % 10] || ' ' || j,
          current_setting('bench.password'), CASE WHEN j > 240 THEN pg_temp.uid('partner' || (1 + (j - 241) % ${PARTNERS - 4})) END
   FROM generate_series(1, ${USERS - 10}) j`,
  `INSERT INTO body_membership (user_id, body_id)
   SELECT pg_temp.uid('user' || j), b.id
   FROM generate_series(1, ${USERS - 10}) j
   JOIN body b ON b.strategy_id = current_setting('bench.strategy')::uuid AND (
     (b.kind = 'leadership_team' AND j <= 10) OR
     (b.kind = 'channel_shift_board' AND (j BETWEEN 11 AND 40 OR (j BETWEEN 41 AND 240 AND j % 10 = 0))) OR
     (b.kind = 'internal_working_group' AND j BETWEEN 41 AND 240) OR
     (b.kind = 'external_steering_group' AND j > 240))`,
  `CREATE TEMP TABLE owner_pool AS
   SELECT bm.body_id, bm.user_id, (row_number() OVER (PARTITION BY bm.body_id ORDER BY u.email) - 1)::int AS n,
          count(*) OVER (PARTITION BY bm.body_id)::int AS size
   FROM body_membership bm JOIN app_user u ON u.id = bm.user_id`,
  `CREATE TEMP TABLE body_pick AS
   SELECT id, kind, CASE kind WHEN 'leadership_team' THEN 0 WHEN 'channel_shift_board' THEN 5 WHEN 'internal_working_group' THEN 20 ELSE 65 END AS lo,
          CASE kind WHEN 'leadership_team' THEN 5 WHEN 'channel_shift_board' THEN 20 WHEN 'internal_working_group' THEN 65 ELSE 100 END AS hi
   FROM body WHERE strategy_id = current_setting('bench.strategy')::uuid`,
  // Actions DI-004 .. DI-5000 (the demo's three are the first).
  `CREATE TEMP TABLE seed_action AS
   SELECT i, pg_temp.uid('action' || i) AS id, bp.id AS body_id, bp.kind,
          pg_temp.pick('status' || i, 100) AS s, date '2024-01-01' + pg_temp.pick('start' || i, 900) AS start_date,
          90 + pg_temp.pick('length' || i, 900) AS length
   FROM generate_series(4, ${ACTIONS}) i
   JOIN body_pick bp ON pg_temp.pick('body' || i, 100) >= bp.lo AND pg_temp.pick('body' || i, 100) < bp.hi`,
  `INSERT INTO action (id, strategy_id, reference, title, description, priority_id, owner_id, owning_body_id, start_date, due_date,
                       status, rag, percent_complete, cancelled_reason, created_at, updated_at)
   SELECT sa.id, current_setting('bench.strategy')::uuid, 'DI-' || CASE WHEN sa.i < 1000 THEN lpad(sa.i::text, 3, '0') ELSE sa.i::text END,
          (ARRAY['Drop-in sessions','Digital champions','Free wifi','Device lending','Online forms','Skills training','Funding bid','Website content'])[1 + sa.i % 8]
            || ' for ' || (ARRAY['libraries','older residents','tenants','young people','council staff','carers','job seekers'])[1 + (sa.i / 8) % 7] || ' ' || sa.i,
          'Deliver the ' || sa.i || 'th initiative of the digital inclusion plan with partners across the city, and report progress monthly.',
          p.id, op.user_id, sa.body_id, sa.start_date,
          CASE WHEN pg_temp.pick('nodue' || sa.i, 50) = 0 THEN NULL ELSE sa.start_date + sa.length END,
          CASE WHEN sa.s < 10 THEN 'not_started' WHEN sa.s < 70 THEN 'in_progress' WHEN sa.s < 92 THEN 'complete' ELSE 'cancelled' END,
          CASE WHEN sa.s < 10 THEN 'grey' WHEN sa.s < 70 THEN (ARRAY['red','amber','amber','green','green','green','green'])[1 + pg_temp.pick('rag' || sa.i, 7)]
               WHEN sa.s < 92 THEN 'blue' ELSE 'grey' END,
          CASE WHEN sa.s < 10 THEN 0 WHEN sa.s < 70 THEN 5 + pg_temp.pick('pct' || sa.i, 90) WHEN sa.s < 92 THEN 100 ELSE 0 END,
          CASE WHEN sa.s >= 92 THEN 'Superseded by a merged action.' END,
          sa.start_date - 30, sa.start_date - 30
   FROM seed_action sa
   JOIN priority p ON p.strategy_id = current_setting('bench.strategy')::uuid AND p.number = 1 + pg_temp.pick('priority' || sa.i, 6)
   JOIN owner_pool op ON op.body_id = sa.body_id AND op.n = pg_temp.pick('owner' || sa.i, op.size)`,
  `CREATE TEMP TABLE partner_n AS SELECT id, (row_number() OVER (ORDER BY name) - 1)::int AS n FROM partner`,
  `INSERT INTO action_partner (action_id, partner_id)
   SELECT sa.id, pn.id FROM seed_action sa
   CROSS JOIN generate_series(0, 2) k
   JOIN partner_n pn ON pn.n = (pg_temp.pick('partner' || sa.i, ${PARTNERS}) + k * 7) % ${PARTNERS}
   WHERE k < CASE WHEN sa.kind = 'external_steering_group' THEN 1 + pg_temp.pick('np' || sa.i, 3) ELSE pg_temp.pick('np' || sa.i, 3) END`,
  `INSERT INTO action_segment (action_id, segment_id)
   SELECT sa.id, s.id FROM seed_action sa
   CROSS JOIN generate_series(0, 1) k
   JOIN (SELECT id, (row_number() OVER (ORDER BY name) - 1)::int AS n FROM population_segment WHERE strategy_id = current_setting('bench.strategy')::uuid) s
     ON s.n = (pg_temp.pick('segment' || sa.i, 8) + k * 3) % 8
   WHERE k <= pg_temp.pick('ns' || sa.i, 2)`,
  // Three milestones and one measure per action.
  `INSERT INTO milestone (id, action_id, title, due_date, done_date, created_at)
   SELECT pg_temp.uid('milestone' || sa.i || '-' || k), sa.id, 'Milestone ' || k || ' of ' || sa.i,
          sa.start_date + (sa.length * k / 3), CASE WHEN sa.start_date + (sa.length * k / 3) < date '2026-09-01' THEN sa.start_date + (sa.length * k / 3) END,
          sa.start_date - 30
   FROM seed_action sa CROSS JOIN generate_series(1, 3) k`,
  `INSERT INTO measure (id, action_id, name, unit, target, baseline, created_at)
   SELECT pg_temp.uid('measure' || sa.i), sa.id, 'People helped', 'people', 100 + pg_temp.pick('target' || sa.i, 900), 0, sa.start_date - 30
   FROM seed_action sa`,
  // The trigger that keeps action.last_update_at (migration ListIndexes) would update an action per row; the UPDATE
  // below sets it once per action instead.
  `ALTER TABLE progress_update DISABLE TRIGGER progress_update_sets_last_update_at`,
  // 200,000 progress updates: about 40 per action, every 18 days, the newest between 7 and 127 days before 2026-11-27.
  `INSERT INTO progress_update (id, action_id, author_id, created_at, commentary, rag, percent_complete, problem, corrective_action)
   SELECT pg_temp.uid('update' || k), a.id, a.owner_id,
          timestamptz '2026-11-20 10:00Z' - make_interval(days => pg_temp.pick('stale' || sa.i, 120) + (40 - k / ${ACTIONS - 3}) * 18, mins => pg_temp.pick('min' || k, 600)),
          'Progress this period on ' || a.reference || ': sessions held, people helped and next steps agreed.',
          r.rag, least(100, (k / ${ACTIONS - 3}) * 2 + 1),
          CASE WHEN r.rag IN ('red', 'amber') THEN 'Volunteer numbers are down.' END,
          CASE WHEN r.rag IN ('red', 'amber') THEN 'Recruiting through the partners.' END
   FROM generate_series(0, ${UPDATES - 1}) k
   JOIN seed_action sa ON sa.i = 4 + k % ${ACTIONS - 3}
   JOIN action a ON a.id = sa.id
   CROSS JOIN LATERAL (SELECT (ARRAY['red','amber','amber','green','green','green','green'])[1 + pg_temp.pick('urag' || k, 7)] AS rag) r`,
  // The audit trail the product writes alongside: each action's creation and each update's.
  `INSERT INTO audit_event (occurred_at, actor_id, operation, entity_type, entity_id, changes)
   SELECT a.created_at, a.owner_id, 'create', 'action', a.id::text, jsonb_build_object('title', jsonb_build_object('before', NULL, 'after', a.title))
   FROM seed_action sa JOIN action a ON a.id = sa.id`,
  `INSERT INTO audit_event (occurred_at, actor_id, operation, entity_type, entity_id, changes)
   SELECT pu.created_at, pu.author_id, 'create', 'progress_update', pu.id::text,
          jsonb_build_object('commentary', jsonb_build_object('before', NULL, 'after', pu.commentary), 'rag', jsonb_build_object('before', NULL, 'after', pu.rag),
                             'percentComplete', jsonb_build_object('before', NULL, 'after', pu.percent_complete))
   FROM progress_update pu JOIN seed_action sa ON sa.id = pu.action_id`,
  `UPDATE action a SET last_update_at = latest.at FROM (SELECT action_id, max(created_at) AS at FROM progress_update GROUP BY action_id) latest
   WHERE latest.action_id = a.id`,
  `ALTER TABLE progress_update ENABLE TRIGGER progress_update_sets_last_update_at`,
  `INSERT INTO progress_update_measure (update_id, measure_id, value)
   SELECT pu.id, m.id, pu.percent_complete FROM progress_update pu JOIN measure m ON m.action_id = pu.action_id
   WHERE pu.id IN (SELECT pg_temp.uid('update' || k) FROM generate_series(0, ${UPDATES - 1}, 2) k)`,
];

/** Escalations and review cycles; they read bench.strategy, bench.board and bench.leader (user ids). */
export const governanceStatements = ({ ACTIONS, ESCALATIONS, QUEUED_ESCALATIONS, CYCLES }) => [
  `INSERT INTO board_meeting (id, meeting_date, title, created_by_id, created_at)
   SELECT pg_temp.uid('meeting' || m), date '2024-11-15' + m * 28, 'Channel shift board ' || m, current_setting('bench.board')::uuid, timestamptz '2024-11-01' + m * interval '28 days'
   FROM generate_series(1, 24) m`,
  // 2,000 escalations: the newest 150 wait in the board's queue, the rest have a decision (half of them resolved since).
  `INSERT INTO escalation (id, action_id, raised_by_id, raised_at, problem, impact, decision_sought, urgency, needed_by, status,
                           reviewer_id, review_started_at, decision, decision_text, conditions, decided_by_id, decided_at, decided_in_meeting_id,
                           follow_up_owner_id, follow_up_due, outcome, resolved_by_id, resolved_at, version, updated_at)
   SELECT pg_temp.uid('escalation' || e), a.id, a.owner_id, x.raised_at,
          'The action ' || a.reference || ' cannot keep to its plan without help.', 'Residents wait longer for support.',
          'Agree extra volunteer hours for ' || a.reference || '.', (ARRAY['routine','routine','high','urgent'])[1 + pg_temp.pick('urgency' || e, 4)],
          (x.raised_at + interval '21 days')::date, x.status,
          CASE WHEN x.status <> 'open' THEN current_setting('bench.board')::uuid::uuid END, CASE WHEN x.status <> 'open' THEN x.raised_at + interval '2 days' END,
          x.decision, CASE WHEN x.decision IS NOT NULL THEN 'The board ' || x.decision || ' the request.' END, NULL,
          CASE WHEN x.decision IS NOT NULL THEN current_setting('bench.board')::uuid::uuid END, CASE WHEN x.decision IS NOT NULL THEN x.raised_at + interval '14 days' END,
          CASE WHEN x.decision IS NOT NULL AND e % 2 = 0 THEN pg_temp.uid('meeting' || (1 + e % 24)) END,
          CASE WHEN x.decision = 'agreed' AND e % 3 = 0 THEN a.owner_id END, CASE WHEN x.decision = 'agreed' AND e % 3 = 0 THEN (x.raised_at + interval '60 days')::date END,
          CASE WHEN x.status = 'resolved' THEN 'Done as agreed.' END, CASE WHEN x.status = 'resolved' THEN a.owner_id END,
          CASE WHEN x.status = 'resolved' THEN x.raised_at + interval '40 days' END, 1, x.raised_at
   FROM generate_series(1, ${ESCALATIONS}) e
   JOIN action a ON a.id = pg_temp.uid('action' || (4 + pg_temp.pick('esc-action' || e, ${ACTIONS - 3})))
   CROSS JOIN LATERAL (SELECT d.*, CASE WHEN e > ${ESCALATIONS - QUEUED_ESCALATIONS} THEN (CASE WHEN e % 3 = 0 THEN 'under_review' ELSE 'open' END)
                                     WHEN e % 2 = 0 THEN 'resolved' ELSE d.decision END AS status
     FROM (SELECT CASE WHEN e > ${ESCALATIONS - QUEUED_ESCALATIONS} THEN NULL WHEN pg_temp.pick('decision' || e, 10) < 6 THEN 'agreed' ELSE 'declined' END AS decision,
                  CASE WHEN e > ${ESCALATIONS - QUEUED_ESCALATIONS} THEN timestamptz '2026-11-26 12:00Z' - (${ESCALATIONS} - e) * interval '10 hours'
                       ELSE timestamptz '2024-12-01' + e * interval '8 hours' END AS raised_at) d) x`,
  // Eight six-monthly cycles, each with an accepted return for every action. A strategy has one cycle in progress at a
  // time, so they wait as drafts; signOffCycles moves each to board review and signs it off through the API in turn.
  `INSERT INTO review_cycle (id, strategy_id, name, period_start, period_end, returns_due, status, created_by_id, created_at,
                             opened_at, opened_by_id, board_review_at, version, updated_at)
   SELECT pg_temp.uid('cycle' || c), current_setting('bench.strategy')::uuid, 'Bench review ' || to_char(ps, 'YYYY-MM') || ' to ' || to_char(ps + interval '6 months' - interval '1 day', 'YYYY-MM'),
          ps, (ps + interval '6 months' - interval '1 day')::date, (ps + interval '6 months' + interval '20 days')::date, 'draft', current_setting('bench.leader')::uuid,
          ps + interval '5 months', ps + interval '5 months', current_setting('bench.leader')::uuid, ps + interval '7 months', 1, ps + interval '7 months'
   FROM generate_series(1, ${CYCLES}) c CROSS JOIN LATERAL (SELECT (date '2022-10-01' + (c - 1) * interval '6 months')::date AS ps) p`,
  `INSERT INTO review_return (id, cycle_id, action_id, owner_id, status, action_status, rag, rag_reason, corrective_action, narrative, next_steps,
                              submitted_at, submitted_by_id, accepted_at, accepted_by_id, version, updated_at)
   SELECT pg_temp.uid('return' || c || '-' || a.reference), pg_temp.uid('cycle' || c), a.id, a.owner_id, 'accepted',
          CASE WHEN r.rag = 'blue' THEN 'complete' WHEN r.rag = 'grey' THEN 'not_started' ELSE 'in_progress' END, r.rag,
          CASE WHEN r.rag IN ('red', 'amber') THEN 'Fewer volunteers than planned.' END, CASE WHEN r.rag IN ('red', 'amber') THEN 'Recruiting with partners.' END,
          'In this period ' || a.reference || ' held its sessions and helped residents get online; the partners reported steady demand.',
          'Keep the sessions going and report the numbers helped.',
          rc.board_review_at - interval '10 days', a.owner_id, rc.board_review_at + interval '5 days', current_setting('bench.board')::uuid, 1, rc.board_review_at
   FROM review_cycle rc
   JOIN generate_series(1, ${CYCLES}) c ON rc.id = pg_temp.uid('cycle' || c)
   CROSS JOIN action a
   CROSS JOIN LATERAL (SELECT (ARRAY['red','amber','green','green','green','blue','grey'])[1 + pg_temp.pick('rrag' || c || a.reference, 7)] AS rag) r
   WHERE a.strategy_id = current_setting('bench.strategy')::uuid`,
  `INSERT INTO review_return_measure (return_id, measure_id, value)
   SELECT rr.id, m.id, 10 + pg_temp.pick('rv' || rr.id, 500) FROM review_return rr JOIN measure m ON m.action_id = rr.action_id
   WHERE rr.cycle_id IN (SELECT pg_temp.uid('cycle' || c) FROM generate_series(1, ${CYCLES}) c)`,
  `INSERT INTO review_amendment (return_id, kind, new_scope, reason)
   SELECT rr.id, 'scope', 'Narrowed to the city centre libraries.', 'Funding was cut for the outer branches.'
   FROM review_return rr WHERE rr.cycle_id IN (SELECT pg_temp.uid('cycle' || c) FROM generate_series(1, ${CYCLES}) c)
     AND pg_temp.pick('amend' || rr.id, 100) = 0`,
];
