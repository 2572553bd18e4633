// npm run reliability:shutdown — SIGTERMs the built app twice: once with a request in flight (it must stop accepting,
// finish that request and exit 0), and once after its PostgreSQL has been killed (it must still exit 0 within
// SHUTDOWN_GRACE_SECONDS). Prints the times; exits 1 on any failure.
import { readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { ensureBuilt, freePort, ROOT, signIn, startApp } from './lib/app-process.mjs';

const GRACE_SECONDS = 10;
const DATA_DIR = resolve(ROOT, '.data/clean-shutdown');
const say = (line) => process.stdout.write(`${line}\n`);
const failures = [];
const check = (ok, message) => ok || failures.push(message);
const env = { SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS) };

ensureBuilt();
rmSync(DATA_DIR, { recursive: true, force: true });
await requestInFlightFinishes();
await exitsWhenPostgresIsGone();
for (const failure of failures) say(`FAIL ${failure}`);
say(failures.length ? `${failures.length} failed` : 'Clean shutdown: in-flight work finished, and the exit came within the grace time without PostgreSQL');
process.exit(failures.length ? 1 : 0);

async function requestInFlightFinishes() {
  const port = await freePort();
  const app = await startApp({ dataDir: DATA_DIR, port, env });
  const cookie = await signIn(app.baseUrl, 'board@steerline.example');
  const actionId = (await (await fetch(`${app.baseUrl}/api/actions?q=DI-003`, { headers: { cookie } })).json()).items[0].id;
  const body = JSON.stringify({ commentary: 'Posted while the app was stopping', rag: 'green', percentComplete: 40 });

  // Half the body is sent before SIGTERM and the rest after, so the request is surely in flight when the signal lands.
  const inFlight = request(`${app.baseUrl}/api/actions/${actionId}/updates`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const answered = new Promise((done, fail) => inFlight.on('response', (response) => done(response.statusCode)).on('error', fail));
  inFlight.write(body.slice(0, 20));
  await new Promise((done) => setTimeout(done, 200));
  const exited = exitOf(app);
  const signalledAt = performance.now();
  app.process.kill('SIGTERM');
  await new Promise((done) => setTimeout(done, 500));
  const newcomer = await fetch(`${app.baseUrl}/api/health`).then(
    (response) => `answered ${response.status}`,
    (error) => error.cause?.code ?? error.message,
  );
  inFlight.end(body.slice(20));
  const status = await answered;
  const { code, at } = await exited;
  say(`SIGTERM with a request in flight: it answered ${status}; a new request ${newcomer === 'ECONNREFUSED' ? 'was refused' : newcomer}; exit ${code} after ${((at - signalledAt) / 1000).toFixed(2)} s`);
  check(status === 201, `the request in flight answered ${status}, expected 201`);
  check(newcomer === 'ECONNREFUSED', `a request after SIGTERM got ${newcomer}, expected the connection refused`);
  check(code === 0, `exit code ${code}, expected 0`);

  const restarted = await startApp({ dataDir: DATA_DIR, port, env });
  const updates = await (await fetch(`${restarted.baseUrl}/api/actions/${actionId}/updates`, { headers: { cookie: await signIn(restarted.baseUrl, 'board@steerline.example') } })).json();
  check(updates.some((update) => update.commentary === 'Posted while the app was stopping'), 'the update answered 201 while stopping is not stored');
  restarted.process.kill('SIGTERM');
  await exitOf(restarted);
}

async function exitsWhenPostgresIsGone() {
  const app = await startApp({ dataDir: DATA_DIR, port: await freePort(), env });
  const postmaster = Number(readFileSync(resolve(DATA_DIR, 'pg/postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(postmaster, 'SIGKILL');
  await new Promise((done) => setTimeout(done, 500));
  const exited = exitOf(app);
  const signalledAt = performance.now();
  app.process.kill('SIGTERM');
  const { code, at } = await exited;
  const seconds = (at - signalledAt) / 1000;
  say(`SIGTERM with PostgreSQL already killed: exit ${code} after ${seconds.toFixed(2)} s (grace ${GRACE_SECONDS} s)`);
  check(code === 0, `with PostgreSQL gone the exit code was ${code}, expected 0`);
  check(seconds < GRACE_SECONDS, `with PostgreSQL gone the app took ${seconds.toFixed(2)} s to exit, over the grace of ${GRACE_SECONDS} s`);
}

function exitOf(app) {
  return new Promise((done) => app.process.once('exit', (code, signal) => done({ code: code ?? signal, at: performance.now() })));
}
