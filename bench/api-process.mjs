// Starts the built production API (dist/apps/api/main.js) as a child process and watches its memory.
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../scripts/lib/app-process.mjs';

/** The API logs (pino, JSON) go to <dataDir>/api.log: a file, so reading them costs the bench nothing. */
export async function startApi({ databaseUrl, logLevel = 'info', dataDir, name = 'api', env = {} }) {
  const port = await freePort();
  const logFile = join(dataDir, `${name}.log`);
  const log = openSync(logFile, 'w');
  // The same heap setting as `npm start` and the Dockerfile's CMD (see package.json "start"). BENCH_CPU_PROFILE=<dir>
  // writes a V8 CPU profile of the API there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--max-old-space-size=192', 'dist/apps/api/main.js'], {
    // The bench times report renders, so one bench user downloads far more than the per-person limit allows.
    // The bench's large data set is built on the minimal demo (its actions start at DI-004).
    env: { SEED_DEMO: 'minimal', ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: logLevel, DATA_DIR: dataDir, NODE_ENV: 'production', EXPORTS_PER_MINUTE: '100000', ...env },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise((done) => child.on('exit', done));
  const output = () => readFileSync(logFile, 'utf8').slice(-5000);
  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`The API exited while starting:\n${output()}`);
    if (waited > 120_000) throw new Error(`The API did not start in 120 s:\n${output()}`);
    if (await fetch(`${base}/api/health`).then((response) => response.ok, () => false)) break;
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    base,
    pid: child.pid,
    output,
    /** Resident memory now and the peak so far, in MB, from /proc (Linux). */
    memory: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Signs in and returns the session cookie. */
export async function signIn(base, email, password = 'steerline-demo-2026') {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

export async function getJson(base, path, cookie, init = {}) {
  const response = await fetch(`${base}${path}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : null;
}
