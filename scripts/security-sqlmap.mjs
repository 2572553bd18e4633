// npm run security:sqlmap — runs Debian's sqlmap, signed in, against every GET endpoint that takes query
// parameters (found in the app's own OpenAPI document), and fails if sqlmap finds any parameter injectable.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBuilt, freePort, ROOT, signIn, startApp, stopApp } from './lib/app-process.mjs';

const DATA_DIR = resolve(ROOT, '.data/sqlmap');
const OUTPUT_DIR = resolve(DATA_DIR, 'sqlmap-output');
const SQLMAP_OPTIONS = ['--batch', '--level=2', '--risk=1', '--dbms=PostgreSQL', '--technique=BEUST', '--time-sec=2', '--timeout=15', '--retries=1', '--threads=4', '--flush-session', '--disable-coloring', '--skip-waf', '--answers=follow=N'];

ensureBuilt({ force: process.argv.includes('--build') });
mkdirSync(DATA_DIR, { recursive: true });
rmSync(OUTPUT_DIR, { recursive: true, force: true });
const app = await startApp({ dataDir: DATA_DIR, port: await freePort(), env: { SIGN_IN_MAX_FAILURES: '1000' } });
let exitCode = 1;
try {
  const cookie = await signIn(app.baseUrl, 'admin@steerline.example');
  await ensureReviewCycle(app.baseUrl, cookie);
  const targets = await findTargets(app.baseUrl, cookie, await sampleValues(app.baseUrl, cookie));
  const results = targets.map((target) => ({ ...target, ...runSqlmap(target.url, target.params, cookie) }));
  printSummary(results);
  exitCode = results.some((result) => result.verdict !== 'not injectable') ? 1 : 0;
} finally {
  await stopApp(app);
}
process.exit(exitCode);

/** Every GET route with query parameters, with a plausible value for each parameter and real ids in its path. */
async function findTargets(baseUrl, cookie, samples) {
  const document = await (await fetch(`${baseUrl}/api/docs/openapi.json`)).json();
  const targets = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    const params = (operations.get?.parameters ?? []).filter((param) => param.in === 'query');
    if (params.length === 0) continue;
    const query = new URLSearchParams(params.map((param) => [param.name, valueFor(param, samples)]));
    targets.push({ path, url: `${baseUrl}${await fillPath(baseUrl, path, cookie)}?${query}`, params: params.map((param) => param.name) });
  }
  return targets;
}

/** `/a/{id}/b` becomes `/a/<id of the first record listed by GET /a>/b`; a nil UUID if there is none. */
async function fillPath(baseUrl, path, cookie) {
  let filled = path;
  for (const match of path.matchAll(/\{[^}]+\}/g)) {
    const parent = filled.slice(0, filled.indexOf(match[0]) - 1);
    const listed = await (await fetch(`${baseUrl}${parent}`, { headers: { cookie } })).json().catch(() => undefined);
    const first = (Array.isArray(listed) ? listed : listed?.items ?? [])[0];
    filled = filled.replace(match[0], first?.id ?? '00000000-0000-4000-8000-000000000000');
  }
  return filled;
}

/** The demo data has no review cycle; the returns tracker needs one to run its query. */
async function ensureReviewCycle(baseUrl, cookie) {
  const headers = { cookie, 'content-type': 'application/json' };
  const cycles = await (await fetch(`${baseUrl}/api/reviews/cycles`, { headers })).json().catch(() => undefined);
  if (!Array.isArray(cycles) || cycles.length > 0) return;
  const body = JSON.stringify({ name: 'sqlmap review cycle', periodStart: '2026-07-01', periodEnd: '2026-09-30', returnsDue: '2026-10-15' });
  await fetch(`${baseUrl}/api/reviews/cycles`, { method: 'POST', headers, body });
}

function valueFor(param, samples) {
  const schema = param.schema?.items ?? param.schema ?? {};
  if (samples[param.name]) return samples[param.name];
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'number' || schema.type === 'integer') return '1';
  if (schema.type === 'boolean') return 'false';
  if (schema.format === 'date' || /^(from|to)$/.test(param.name)) return '2026-01-01';
  return 'a';
}

/** Real ids from the demo data, so each baseline request is a valid one (answered 200, not 400). */
async function sampleValues(baseUrl, cookie) {
  const get = async (path) => (await fetch(`${baseUrl}/api/${path}`, { headers: { cookie } })).json();
  const [me, bodies, partners, segments, actions] = await Promise.all([get('me'), get('bodies'), get('partners'), get('segments'), get('actions')]);
  return {
    page: '1', pageSize: '10', q: 'digital', entityId: actions.items[0].id, entityType: 'action', operation: 'edit', priority: '1',
    owner: me.id, actor: me.id, body: bodies[0].id, partner: partners[0].id, segment: segments[0]?.id, action: actions.items[0].id,
  };
}

function runSqlmap(url, params, cookie) {
  const args = ['-u', url, '-p', params.join(','), `--cookie=${cookie}`, `--output-dir=${OUTPUT_DIR}`, ...SQLMAP_OPTIONS];
  process.stdout.write(`\nsqlmap ${args.map((arg) => (arg.startsWith('--cookie') ? '--cookie=steerline.sid=…' : arg)).join(' ')}\n`);
  const run = spawnSync('sqlmap', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`Could not run sqlmap (${run.error.message}); install it with apt-get install sqlmap`);
  const output = `${run.stdout}${run.stderr}`;
  const injectable = [...output.matchAll(/parameter '([^']+)' (?:is|appears to be) .*injectable/gi)].map((match) => match[1]);
  const clean = /all tested parameters do not appear to be injectable/i.test(output);
  const verdict = injectable.length > 0 ? `INJECTABLE: ${[...new Set(injectable)].join(', ')}` : clean ? 'not injectable' : 'UNCLEAR (see output)';
  if (!clean || injectable.length > 0) process.stdout.write(output);
  return { verdict, requests: Number(/(\d+) HTTP\(s\) requests/.exec(output)?.[1] ?? 0) };
}

function printSummary(results) {
  process.stdout.write('\nsqlmap summary (level 2, risk 1, techniques BEUST, signed in as admin):\n');
  for (const { path, params, verdict } of results) process.stdout.write(`  GET ${path.padEnd(36)} ${verdict.padEnd(16)} ${params.join(', ')}\n`);
  const parameters = results.reduce((sum, result) => sum + result.params.length, 0);
  const bad = results.filter((result) => result.verdict !== 'not injectable').length;
  process.stdout.write(`${results.length} endpoints, ${parameters} parameters tested: ${bad === 0 ? 'no parameter injectable' : `${bad} endpoint(s) failed`}\n`);
}
