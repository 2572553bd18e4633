// Starts the built API (dist/apps/api/main.js) as a child process and talks to it over HTTP.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const MAIN = resolve(ROOT, 'dist/apps/api/main.js');
export const MIGRATE = resolve(ROOT, 'dist/apps/api/migrate.js');
export const DEMO_PASSWORD = 'steerline-demo-2026';

/** Builds the API when dist is missing, or always with `force`. */
export function ensureBuilt({ force = false } = {}) {
  if (existsSync(MAIN) && !force) return;
  const built = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('The API build failed');
}

export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Starts the app (`main`: another build of it) and resolves once it says it is ready; `process` is the child, `baseUrl` its address. */
export async function startApp({ dataDir, port, env = {}, nodeArgs = [], timeoutMs = 60_000, main = MAIN }) {
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: ROOT,
    // The scripts measure the app, not the demo: the minimal demo unless they ask for another.
    env: { SEED_DEMO: 'minimal', ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => (output = (output + chunk).slice(-20_000));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`The app did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout.on('data', () => output.includes('Steerline is ready') && (clearTimeout(timer), done()));
    child.on('exit', (code) => (clearTimeout(timer), fail(new Error(`The app exited (${code}) while starting:\n${output}`))));
  });
  child.removeAllListeners('exit');
  return { process: child, baseUrl: `http://127.0.0.1:${port}`, output: () => output };
}

/** Stops the app gracefully (it stops its embedded PostgreSQL too). */
export function stopApp(app) {
  if (app.process.exitCode !== null || app.process.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    app.process.once('exit', () => done());
    app.process.kill('SIGTERM');
  });
}

/** Signs in and returns the `steerline.sid=...` cookie pair. */
export async function signIn(baseUrl, email) {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`Sign-in as ${email} answered ${response.status}`);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('steerline.sid='));
  return cookie.split(';')[0];
}

/** POSTs JSON as the signed-in cookie and resolves with the answer's JSON; any answer but 2xx throws. */
export async function postJson(baseUrl, cookie, path, body) {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
