// npm run reliability:replicas [-- --seconds 60 --writers 16] — two replicas of the built app on one PostgreSQL.
// Both start together on an empty database (one migrates, the other waits for the lock). Writers (progress updates,
// escalations raised, taken and decided, and saves of a review return) sign in on either replica and write through
// it; part way, one replica is SIGKILLed and its writers carry on through the other with the same session cookie,
// as a load balancer would send them. Checks: each migration applied once, every write answered 2xx is in the
// database (0 lost, no two saves acknowledged for one version), the survivor's errors and p95 while the other died,
// sessions moved across, each scheduled reminder run happened exactly once, and `db:migrate` then finds nothing to do.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startDatabase } from '../bench/db.mjs';
import { ensureBuilt, freePort, MIGRATE, postJson, ROOT, signIn, startApp, stopApp } from './lib/app-process.mjs';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, writers: { type: 'string', default: '16' } } });
const SECONDS = Number(values.seconds);
const WRITERS = Number(values.writers);
const KILL_WINDOW_MS = 5000;
const DATA_DIR = resolve(ROOT, '.data/replicas');
const REMINDER_QUEUE = 'review-return-reminders';
const say = (line) => process.stdout.write(`${line}\n`);
const failures = [];
const check = (ok, message) => ok || failures.push(message);

ensureBuilt();
rmSync(DATA_DIR, { recursive: true, force: true });
const database = await startDatabase(DATA_DIR, { useDatabaseUrl: false });
const db = new pg.Client({ connectionString: database.url });
// Reminders every minute, checked every second, so the run sees scheduled runs on both replicas and across the kill.
const env = { DATABASE_URL: database.url, REMINDER_CRON: '* * * * *', REMINDER_CHECK_SECONDS: '1', READ_CACHE_SECONDS: '0' };
const replicas = await Promise.all(['A', 'B'].map(async (name) => ({ name, ...(await startApp({ dataDir: DATA_DIR, port: await freePort(), env })) })));
const [doomed, survivor] = replicas;
await db.connect();

try {
  const migrations = (await db.query(`SELECT name, count(*)::int AS times FROM schema_migration GROUP BY name`)).rows;
  check(migrations.length > 0 && migrations.every((row) => row.times === 1), `migrations were not applied exactly once: ${JSON.stringify(migrations)}`);
  const actionIds = (await db.query(`SELECT id FROM action ORDER BY reference`)).rows.map((row) => row.id);
  const returnState = await openReviewReturn('DI-003'); // the board's own action, so every writer may save its return
  const writers = await Promise.all(
    Array.from({ length: WRITERS }, async (_, index) => ({ index, home: replicas[index % 2], cookie: await signIn(replicas[index % 2].baseUrl, 'board@steerline.example') })),
  );
  const acknowledged = { updates: new Set(), escalations: new Set(), decisions: new Set() };
  const returnSaves = [];
  const unansweredReturnNarratives = new Set(); // sent to A as it died: each may or may not have committed
  const stats = { refused: 0, unanswered: 0, movedSessions: new Set(), survivorDuringKill: [], survivorErrorsDuringKill: 0 };
  const startedAt = Date.now();
  const endsAt = startedAt + SECONDS * 1000;
  let killedAt = null;
  const killer = (async () => {
    await sleep(SECONDS * 1000 * (0.3 + Math.random() * 0.2));
    killedAt = performance.now();
    doomed.process.kill('SIGKILL');
    say(`Replica A killed with SIGKILL after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  })();

  await Promise.all(writers.map((writer) => write(writer)));
  await killer;
  await sleep(1500);

  const stored = {
    updates: await idsIn('progress_update', acknowledged.updates),
    escalations: await idsIn('escalation', acknowledged.escalations),
    decisions: new Set((await db.query(`SELECT id::text FROM escalation WHERE id::text = ANY($1) AND status IN ('agreed', 'declined')`, [[...acknowledged.decisions]])).rows.map((row) => row.id)),
  };
  const lost = Object.entries(acknowledged).flatMap(([kind, ids]) => [...ids].filter((id) => !stored[kind].has(id)).map((id) => `${kind} ${id}`));
  const [storedReturn] = (await db.query(`SELECT version, narrative FROM review_return WHERE id = $1`, [returnState.id])).rows;
  const lastSave = returnSaves.reduce((last, save) => (save.version > (last?.version ?? 0) ? save : last), undefined);
  const storedIsLastSave = storedReturn.version === lastSave?.version && storedReturn.narrative === lastSave?.narrative;
  const storedIsLaterUnanswered = storedReturn.version > (lastSave?.version ?? 0) && unansweredReturnNarratives.has(storedReturn.narrative);
  if (lastSave && !storedIsLastSave && !storedIsLaterUnanswered) lost.push(`return save version ${lastSave.version}`);
  const overwritten = returnSaves.length - new Set(returnSaves.map((save) => save.version)).size;
  const total = Object.values(acknowledged).reduce((sum, ids) => sum + ids.size, 0) + returnSaves.length;
  const p95 = percentile(stats.survivorDuringKill, 0.95);
  // pg-boss turns each cron occurrence into one `__pgboss__send-it` job (a singleton per minute), which sends one job
  // to the queue; the queue's jobs are matched to the occurrences by the minute they were made in.
  const runs = (await db.query(
    `SELECT date_trunc('minute', created_on) AS minute,
            count(*) FILTER (WHERE name = '__pgboss__send-it')::int AS occurrences,
            count(*) FILTER (WHERE name = $1)::int AS jobs,
            count(*) FILTER (WHERE name = $1 AND state = 'completed')::int AS completed
       FROM pgboss.job WHERE name = $1 OR (name = '__pgboss__send-it' AND singleton_key = $1 || '__')
      GROUP BY 1 ORDER BY 1`,
    [REMINDER_QUEUE],
  )).rows;
  const health = (await fetch(`${survivor.baseUrl}/api/health`)).status;

  say(`Replicas: ${WRITERS} writers for ${SECONDS} s through two app processes on one PostgreSQL`);
  say(`  acknowledged (2xx): ${total} (${acknowledged.updates.size} progress updates, ${acknowledged.escalations.size} escalations raised, ${acknowledged.decisions.size} decisions, ${returnSaves.length} return saves)`);
  say(`  refused (4xx, such as a stale version): ${stats.refused}`);
  say(`  unanswered (sent to the replica as it died): ${stats.unanswered}`);
  say(`  lost: ${lost.length}${lost.length ? ` (${lost.slice(0, 5).join(', ')}...)` : ''}`);
  say(`  survivor in the ${KILL_WINDOW_MS / 1000} s after the kill: ${stats.survivorDuringKill.length} requests, ${stats.survivorErrorsDuringKill} errors, p95 ${p95.toFixed(0)} ms`);
  say(`  sessions signed in on A that carried on through B: ${stats.movedSessions.size} of ${writers.filter((writer) => writer.home === doomed).length}`);
  say(`  scheduled reminder runs (minute: occurrences, jobs, completed): ${runs.map((run) => `${run.minute.toISOString().slice(11, 16)} ${run.occurrences}/${run.jobs}/${run.completed}`).join(', ') || 'none'}`);

  check(lost.length === 0, `${lost.length} acknowledged writes are not in the database`);
  check(overwritten === 0, `${overwritten} return saves were acknowledged for a version another save had already taken`);
  check(total > 0, 'no write was acknowledged');
  check(stats.survivorErrorsDuringKill === 0, `the survivor answered ${stats.survivorErrorsDuringKill} requests with 5xx or not at all while the other died`);
  check(stats.movedSessions.size === writers.filter((writer) => writer.home === doomed).length, 'a session signed in on the killed replica did not work on the survivor');
  check(health === 200, `the survivor's /api/health answered ${health}`);
  // A run that A was carrying out as it died stays active until pg-boss expires it; every other one ran exactly once.
  check(runs.length > 0 || SECONDS < 70, 'no scheduled reminder run happened in a run of more than a minute');
  check(runs.every((run) => run.occurrences === 1 && run.jobs === 1), `a cron occurrence did not make exactly one job: ${JSON.stringify(runs)}`);
  check(runs.filter((run) => run.completed !== 1).length <= 1, `scheduled reminder runs did not complete: ${JSON.stringify(runs)}`);

  async function write(writer) {
    let turn = 0;
    while (Date.now() < endsAt) {
      const replica = writer.home.process.exitCode === null && writer.home.process.signalCode === null ? writer.home : survivor;
      if (replica !== writer.home) stats.movedSessions.add(writer.index);
      const action = actionIds[(writer.index + turn) % actionIds.length];
      turn++;
      if (turn % 4 === 0) await escalateAndDecide(writer, replica, action);
      else if (turn % 4 === 2) await saveReturn(writer, replica, turn);
      else await send(writer, replica, 'POST', `/api/actions/${action}/updates`, { commentary: `Replica test update ${writer.index}.${turn}`, rag: 'green', percentComplete: turn % 101 }, (body) => acknowledged.updates.add(body.id));
    }
  }

  async function escalateAndDecide(writer, replica, action) {
    const raised = await send(writer, replica, 'POST', `/api/actions/${action}/escalations`, {
      problem: 'Replica test', impact: 'None', decisionSought: 'Agree', urgency: 'routine', neededBy: '2027-12-31',
    }, (body) => acknowledged.escalations.add(body.id));
    if (!raised) return;
    const taken = await send(writer, replica, 'POST', `/api/escalations/${raised.id}/take`, { version: raised.version });
    if (!taken) return;
    await send(writer, replica, 'POST', `/api/escalations/${raised.id}/decision`, { version: taken.version, outcome: 'agreed', decisionText: 'Agreed in the replica test' }, () => acknowledged.decisions.add(raised.id));
  }

  async function saveReturn(writer, replica, turn) {
    const narrative = `Replica test return ${writer.index}.${turn}`;
    await send(writer, replica, 'PUT', `/api/reviews/returns/${returnState.id}`, { version: returnState.version, actionStatus: 'in_progress', rag: 'green', narrative, nextSteps: 'Keep going' }, (body) => {
      returnSaves.push({ version: body.version, narrative });
      returnState.version = Math.max(returnState.version, body.version);
    }, () => unansweredReturnNarratives.add(narrative));
  }

  /** One request; on a connection error (the replica died under it) the writer's next request goes to the survivor. */
  async function send(writer, replica, method, path, body, onAcknowledged = () => undefined, onUnanswered = () => undefined) {
    const started = performance.now();
    const duringKill = replica === survivor && killedAt !== null && started - killedAt < KILL_WINDOW_MS;
    try {
      const response = await fetch(`${replica.baseUrl}${path}`, { method, headers: { cookie: writer.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const answer = await response.json().catch(() => ({}));
      if (duringKill) {
        stats.survivorDuringKill.push(performance.now() - started);
        if (response.status >= 500) stats.survivorErrorsDuringKill++;
      }
      if (response.status >= 200 && response.status < 300) {
        onAcknowledged(answer);
        return answer;
      }
      stats.refused++;
    } catch {
      if (duringKill || replica === survivor) stats.survivorErrorsDuringKill++;
      else {
        stats.unanswered++;
        onUnanswered();
      }
    }
    return undefined;
  }
  await Promise.all(replicas.map((replica) => stopApp(replica)));
  const migrate = spawnSync(process.execPath, [MIGRATE], { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url }, encoding: 'utf8' });
  say(`  db:migrate afterwards: ${migrate.stdout.trim() || migrate.stderr.trim()}`);
  check(migrate.status === 0 && /up to date/.test(migrate.stdout), `db:migrate did not find the database up to date (exit ${migrate.status})`);
} finally {
  await Promise.all(replicas.map((replica) => stopApp(replica)));
  await db.end();
  await database.stop();
}

for (const failure of failures) say(`FAIL ${failure}`);
say(failures.length ? `${failures.length} failed` : 'No acknowledged write was lost, and the survivor kept answering');
process.exit(failures.length ? 1 : 0);

/** A review cycle opened through the API, and the return of the action `reference` in it. */
async function openReviewReturn(reference) {
  const base = survivor.baseUrl;
  const cycle = await postJson(base, await signIn(base, 'admin@steerline.example'), '/api/reviews/cycles', { name: 'Replica test review', periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' });
  await postJson(base, await signIn(base, 'board@steerline.example'), `/api/reviews/cycles/${cycle.id}/open`, { version: cycle.version });
  const [row] = (await db.query(`SELECT r.id, r.version FROM review_return r JOIN action a ON a.id = r.action_id WHERE r.cycle_id = $1 AND a.reference = $2`, [cycle.id, reference])).rows;
  return row;
}

async function idsIn(table, ids) {
  const rows = (await db.query(`SELECT id::text FROM ${table} WHERE id::text = ANY($1)`, [[...ids]])).rows;
  return new Set(rows.map((row) => row.id));
}

function percentile(values, fraction) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}
