// npm run reliability:hostile — uploads each hostile file (made in code: scripts/lib/hostile-files.mjs) to the
// import of the built app, running with the production heap (192 MB), then all of them at once. Each must get its
// 4xx (or, for the odd encodings, be read right), the process must stay up with /api/health 200, its peak RSS must
// stay under 400 MB and no action may be written. Prints a table of what each cost; exits 1 on any failure.
// The same files then go to the evidence upload of an action, which never unpacks them: each must be answered with
// the kind of file its bytes are (201, named for that kind) or refused (413 over the size limit, 415 not accepted),
// download as the same bytes when kept, and leave the process up.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvWithTitle, hostileFiles } from './lib/hostile-files.mjs';
import { ensureBuilt, freePort, ROOT, signIn, startApp, stopApp } from './lib/app-process.mjs';

const PEAK_RSS_BUDGET_MB = 400;
const DATA_DIR = resolve(ROOT, '.data/hostile-files');
const say = (line) => process.stdout.write(`${line}\n`);
const failures = [];
const check = (ok, message) => ok || failures.push(message);

ensureBuilt();
rmSync(DATA_DIR, { recursive: true, force: true });
const app = await startApp({ dataDir: DATA_DIR, port: await freePort(), nodeArgs: ['--max-old-space-size=192'] });
const cookie = await signIn(app.baseUrl, 'admin@steerline.example');
const get = (path) => fetch(`${app.baseUrl}${path}`, { headers: { cookie } });
const peakRssMb = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${app.process.pid}/status`, 'utf8'))[1]) / 1024;

try {
  const templateXlsx = Buffer.from(await (await get('/api/import/template.xlsx')).arrayBuffer());
  const csvHeaders = (await (await get('/api/import/template.csv')).text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  await checkGoodFileIsRead(csvHeaders);
  const cases = await hostileFiles({ templateXlsx, csvHeaders });
  const actionsBefore = await actionCount();
  say(`Hostile files against the import (node --max-old-space-size=192), peak RSS after start ${peakRssMb().toFixed(0)} MB`);
  say(`${'file'.padEnd(52)} ${'size'.padStart(8)}  answer                         ${'ms'.padStart(6)}  peak RSS`);

  for (const hostile of cases) {
    const started = performance.now();
    const answer = await upload(hostile);
    const ms = performance.now() - started;
    const health = (await get('/api/health')).status;
    const shown = hostile.title ? `${answer.status} read, title right: ${answer.body.preview?.[0]?.title === hostile.title}` : `${answer.status} ${answer.code} ${answer.limit ?? ''}`;
    say(`${hostile.name.padEnd(52)} ${sizeOf(hostile.content).padStart(8)}  ${shown.padEnd(30)} ${ms.toFixed(0).padStart(6)}  ${peakRssMb().toFixed(0)} MB`);
    check(answer.status === hostile.expect.status, `${hostile.name}: answered ${answer.status}, expected ${hostile.expect.status}`);
    if (hostile.expect.code) check(answer.code === hostile.expect.code, `${hostile.name}: code ${answer.code}, expected ${hostile.expect.code}`);
    if (hostile.expect.limit) check(answer.limit === hostile.expect.limit, `${hostile.name}: limit ${answer.limit}, expected ${hostile.expect.limit}`);
    if (hostile.title) check(answer.body.preview?.[0]?.title === hostile.title, `${hostile.name}: the title read was "${answer.body.preview?.[0]?.title}"`);
    check(health === 200, `${hostile.name}: /api/health answered ${health} afterwards`);
  }

  const hostileOnly = cases.filter((hostile) => !hostile.title);
  const started = performance.now();
  const together = await Promise.all([...hostileOnly, ...hostileOnly].map(upload));
  const statuses = together.reduce((counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }), {});
  say(`All ${together.length} hostile uploads at once: ${JSON.stringify(statuses)} in ${(performance.now() - started).toFixed(0)} ms, peak RSS ${peakRssMb().toFixed(0)} MB`);
  check(together.every((answer) => [413, 422, 429].includes(answer.status)), `at once: some answered ${Object.keys(statuses).join(', ')}`);

  await checkEvidenceUploads(cases);

  const health = (await get('/api/health')).status;
  const actionsAfter = await actionCount();
  const peak = peakRssMb();
  say(`After all: /api/health ${health}, actions ${actionsBefore} before and ${actionsAfter} after, peak RSS ${peak.toFixed(0)} MB (budget ${PEAK_RSS_BUDGET_MB} MB)`);
  check(health === 200, `/api/health answered ${health} at the end`);
  check(actionsAfter === actionsBefore, `the number of actions changed from ${actionsBefore} to ${actionsAfter}`);
  check(peak < PEAK_RSS_BUDGET_MB, `peak RSS ${peak.toFixed(0)} MB is over the budget of ${PEAK_RSS_BUDGET_MB} MB`);
  check(app.process.exitCode === null && app.process.signalCode === null, 'the API process exited');
} finally {
  await stopApp(app);
}

for (const failure of failures) say(`FAIL ${failure}`);
say(failures.length ? `${failures.length} failed` : 'Every hostile file got its answer and the service stayed up');
process.exit(failures.length ? 1 : 0);

/** Hostile files go to the import that writes; a file that must be read goes to the dry run, to see what was read. */
async function upload({ content, filename, title }) {
  const form = new FormData();
  form.append('file', new Blob([content]), filename);
  try {
    const response = await fetch(`${app.baseUrl}/api/import${title ? '/dry-run' : ''}`, { method: 'POST', headers: { cookie }, body: form });
    const body = await response.json().catch(() => ({}));
    return { status: response.status, body, code: body.error?.code, limit: body.error?.details?.[0]?.limit };
  } catch (error) {
    return { status: `no answer (${error.cause?.code ?? error.message})`, body: {} };
  }
}

/** The runner itself is checked: a plain good file must be read, so a broken template header cannot pass every case. */
async function checkGoodFileIsRead(csvHeaders) {
  const answer = await upload({ content: Buffer.from(csvWithTitle(csvHeaders, 'A plain action')), filename: 'good.csv', title: 'A plain action' });
  check(answer.status === 200 && answer.body.valid === true, `a good CSV answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
}

/** Every hostile file as evidence on the first action, one at a time and then all at once. */
async function checkEvidenceUploads(cases) {
  const [action] = (await (await get('/api/actions?pageSize=1')).json()).items;
  const send = async ({ content, filename }) => {
    const form = new FormData();
    form.append('file', new Blob([content]), filename);
    try {
      const response = await fetch(`${app.baseUrl}/api/actions/${action.id}/attachments`, { method: 'POST', headers: { cookie }, body: form });
      return { status: response.status, body: await response.json().catch(() => ({})) };
    } catch (error) {
      return { status: `no answer (${error.cause?.code ?? error.message})`, body: {} };
    }
  };
  say(`Hostile files as evidence on ${action.reference} (never unpacked: kept as what their bytes are, or refused)`);
  for (const hostile of cases) {
    const started = performance.now();
    const answer = await send(hostile);
    const ms = performance.now() - started;
    const shown = answer.status === 201 ? `201 kept as ${answer.body.fileName} (${answer.body.mediaType})` : `${answer.status} ${answer.body.error?.code ?? ''}`;
    say(`${hostile.name.padEnd(52)} ${sizeOf(hostile.content).padStart(8)}  ${shown.slice(0, 70).padEnd(70)} ${ms.toFixed(0).padStart(6)}  ${peakRssMb().toFixed(0)} MB`);
    check([201, 413, 415].includes(answer.status), `evidence ${hostile.name}: answered ${answer.status}`);
    if (hostile.evidence) check(answer.status === hostile.evidence.status, `evidence ${hostile.name}: answered ${answer.status}, expected ${hostile.evidence.status}`);
    if (hostile.evidence?.fileName) check(answer.body.fileName === hostile.evidence.fileName, `evidence ${hostile.name}: kept as ${answer.body.fileName}, expected ${hostile.evidence.fileName}`);
    if (answer.status === 201) {
      const kept = Buffer.from(await (await get(answer.body.downloadPath)).arrayBuffer());
      check(kept.equals(Buffer.from(hostile.content)), `evidence ${hostile.name}: the download differs from what was sent`);
    }
    check((await get('/api/health')).status === 200, `evidence ${hostile.name}: /api/health failed afterwards`);
  }
  const together = await Promise.all([...cases, ...cases].map(send));
  check(together.every((answer) => [201, 413, 415].includes(answer.status)), `evidence at once: answered ${[...new Set(together.map((answer) => answer.status))].join(', ')}`);
  say(`All ${together.length} as evidence at once: ${JSON.stringify(together.reduce((counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }), {}))}, peak RSS ${peakRssMb().toFixed(0)} MB`);
}

async function actionCount() {
  const response = await get('/api/actions?pageSize=1');
  if (response.status !== 200) throw new Error(`Listing the actions answered ${response.status}`);
  return (await response.json()).total;
}

function sizeOf(content) {
  return content.length >= 1024 * 1024 ? `${(content.length / 1024 / 1024).toFixed(1)} MB` : `${(content.length / 1024).toFixed(0)} KB`;
}
