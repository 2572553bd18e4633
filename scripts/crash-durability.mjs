// npm run reliability:crash [-- --count 1000] — posts progress updates over HTTP, SIGKILLs the app part way
// through, starts it again (its embedded PostgreSQL must recover on its own) and checks that every update
// answered 2xx is stored. Exits 1 if any acknowledged update is lost.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt, freePort, ROOT, signIn, startApp, stopApp } from './lib/app-process.mjs';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '4' } } });
const COUNT = Number(values.count);
const CONCURRENCY = Number(values.concurrency);
const DATA_DIR = resolve(ROOT, '.data/crash-durability');
const say = (line) => process.stdout.write(`${line}\n`);

ensureBuilt();
rmSync(DATA_DIR, { recursive: true, force: true });
const port = await freePort();
const startedAt = performance.now();
let app = await startApp({ dataDir: DATA_DIR, port });
const cookie = await signIn(app.baseUrl, 'board@steerline.example');
const headers = { cookie, 'content-type': 'application/json' };
const actionId = (await (await fetch(`${app.baseUrl}/api/actions?q=DI-003`, { headers })).json()).items[0].id;
const before = await storedUpdateIds();

const acknowledged = new Set();
let unanswered = 0;
let refused = 0;
let next = 0;
const killAfter = Math.floor(COUNT * (0.3 + Math.random() * 0.4));
let restarting;

await Promise.all(Array.from({ length: CONCURRENCY }, () => writer()));
const stored = await storedUpdateIds();
const lost = [...acknowledged].filter((id) => !stored.has(id));
const extra = stored.size - before.size - acknowledged.size;
await stopApp(app);

say(`Crash durability: ${COUNT} progress updates, SIGKILL as update ${killAfter + 1} was sent, ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
say(`  acknowledged (2xx): ${acknowledged.size}`);
say(`  refused (4xx/5xx):  ${refused}`);
say(`  unanswered (crash): ${unanswered}`);
say(`  stored but unanswered (committed as the app died): ${extra}`);
say(`  lost: ${lost.length}${lost.length ? ` (${lost.slice(0, 5).join(', ')}...)` : ''}`);
process.exit(lost.length === 0 && acknowledged.size > 0 ? 0 : 1);

async function writer() {
  while (next < COUNT) {
    const index = next++;
    if (index === killAfter) restarting = crashAndRestart();
    await restarting;
    try {
      const response = await fetch(`${app.baseUrl}/api/actions/${actionId}/updates`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ commentary: `Crash durability update ${index + 1} of ${COUNT}`, rag: 'green', percentComplete: index % 101 }),
      });
      if (response.status >= 200 && response.status < 300) acknowledged.add((await response.json()).id);
      else refused++;
    } catch {
      unanswered++;
    }
  }
}

/** SIGKILL, so nothing is flushed or closed; the next start must cope with the PostgreSQL left running. */
async function crashAndRestart() {
  app.process.kill('SIGKILL');
  await new Promise((done) => app.process.once('exit', done));
  app = await startApp({ dataDir: DATA_DIR, port });
  const tookOver = /left running by an earlier start/.test(app.output());
  say(`Restarted after SIGKILL; ${tookOver ? 'the orphaned embedded PostgreSQL was stopped and started again' : 'no orphaned PostgreSQL was found'}`);
}

async function storedUpdateIds() {
  const response = await fetch(`${app.baseUrl}/api/actions/${actionId}/updates`, { headers });
  if (response.status !== 200) throw new Error(`Listing the updates answered ${response.status}`);
  return new Set((await response.json()).map((update) => update.id));
}
