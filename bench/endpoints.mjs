// What the bench drives, who it signs in as, and the budgets (2-core machine) from issue 6.
export const LIST_QUERY = '/api/actions?priority=2&status=in_progress&rag=red,amber&sort=dueDate&direction=asc&page=2';
const FAST = 25; // ms, p95: list, action page, dashboard, board queue

/** Ids the endpoints need: actions to read, others to post updates on (so reads never meet the writes), a cycle. */
export async function pickTargets(db) {
  const open = `SELECT id FROM action WHERE status <> 'cancelled' ORDER BY md5(reference)`;
  const pageActions = (await db.query(`${open} LIMIT 50`)).rows.map((row) => row.id);
  const postActions = (await db.query(`${open} OFFSET 50 LIMIT 200`)).rows.map((row) => row.id);
  const [cycle] = (await db.query(
    `SELECT c.id, count(r.id)::int AS returns FROM review_cycle c LEFT JOIN review_return r ON r.cycle_id = c.id
     WHERE c.status = 'signed_off' GROUP BY c.id ORDER BY c.period_end DESC LIMIT 1`,
  )).rows;
  return { pageActions, postActions: postActions.length > 0 ? postActions : pageActions, cycle };
}

const rotate = (ids, toPath) => {
  let next = 0;
  return () => toPath(ids[next++ % ids.length]);
};

const UPDATE_BODY = JSON.stringify({
  commentary: 'Bench: two drop-ins held this week; 38 people helped.',
  rag: 'amber', percentComplete: 55, problem: 'Fewer volunteers than planned.', correctiveAction: 'Recruiting through the partners.',
});

/** The phases in the order they run; `user` names a bench user (seed-sql.mjs BENCH_USERS). */
export function phases({ pageActions, postActions, cycle }, { smoke }) {
  const duration = smoke ? 1 : 10;
  const reports = (format, amount, p95) => ({
    name: `report ${format} (${cycle?.returns ?? 0} actions)`, user: 'bench-leader', connections: 1, amount: smoke ? 1 : amount,
    requests: [{ path: `/api/reviews/cycles/${cycle?.id}/report.${format}` }], budget: { p95 }, skip: !cycle && 'no signed-off cycle',
  });
  const reads = [
    { name: 'action list (filtered, 1 page)', user: 'bench-leader', connections: 16, duration, requests: [{ path: LIST_QUERY }], budget: { p95: FAST, ratio: 0.5 } },
    ...[['record', ''], ['updates', '/updates'], ['history', '/history'], ['escalations', '/escalations']].map(([part, suffix]) => ({
      name: `action page: ${part}`, user: 'bench-leader', connections: 16, duration,
      requests: [{ nextPath: rotate(pageActions, (id) => `/api/actions/${id}${suffix}`) }], budget: { p95: FAST },
    })),
    { name: 'dashboard', user: 'bench-leader', connections: 16, duration, requests: [{ path: '/api/dashboard' }], budget: { p95: FAST } },
    { name: 'board queue', user: 'bench-board', connections: 16, duration, requests: [{ path: '/api/escalations/queue' }], budget: { p95: FAST } },
  ];
  return [
    { name: 'baseline: list SQL on node:http', baseline: true, connections: 16, duration, requests: [{ path: '/' }] },
    ...reads,
    {
      // The one write phase. Afterwards the database is vacuumed and checkpointed (run.mjs), so the clean-up its
      // 5,000 posts leave for autovacuum does not land in the middle of a report's render.
      name: 'post a progress update', user: 'bench-board', connections: 16, duration, budget: { p95: 40 }, settleAfter: true,
      requests: [{ method: 'POST', body: UPDATE_BODY, nextPath: rotate(postActions, (id) => `/api/actions/${id}/updates`) }],
    },
    reports('html', 10, 1000),
    reports('pdf', 3, 5000),
    reports('xlsx', 3, 3000),
    // The same reads from a second API process with the read cache off (READ_CACHE_SECONDS=0): what each costs when
    // its answer has to be made, as after every change. Shown for the record; the budgets are judged as deployed.
    ...reads.map((read) => ({ ...read, budget: undefined, name: `${read.name}, cache off`, api: 'uncached' })),
  ];
}

export const MEMORY_BUDGET_MB = 400;
