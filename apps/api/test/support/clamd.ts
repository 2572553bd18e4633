import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bytes the test clamd reports as a virus wherever they appear in a file (as the EICAR test file is for the real signatures). */
export const TEST_VIRUS_MARKER = 'STEERLINE-TEST-VIRUS-SIGNATURE-5O!P%@AP';
export const TEST_VIRUS_NAME = 'Steerline-Test-Virus.UNOFFICIAL';

/** Debian puts clamd in /usr/sbin, which is not on every user's PATH. */
const CLAMD = existsSync('/usr/sbin/clamd') ? '/usr/sbin/clamd' : 'clamd';

export interface TestClamd {
  host: string;
  port: number;
  settings: Record<string, string>;
  /** Stops the daemon (as an outage would) and starts it again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real clamd (Debian's clamav-daemon) on a free local port, with a signature database of one test signature
 * instead of the downloaded ones, so it starts in a second and needs no network.
 */
export async function startClamd(): Promise<TestClamd> {
  const dir = await mkdtemp(join(tmpdir(), 'steerline-clamd-'));
  const port = await freePort();
  await writeFile(join(dir, 'steerline-test.ndb'), `Steerline-Test-Virus:0:*:${Buffer.from(TEST_VIRUS_MARKER).toString('hex')}\n`);
  await writeFile(join(dir, 'clamd.conf'), [
    'Foreground yes', `TCPSocket ${port}`, 'TCPAddr 127.0.0.1', `DatabaseDirectory ${dir}`, `LogFile ${join(dir, 'clamd.log')}`,
    `PidFile ${join(dir, 'clamd.pid')}`, 'StreamMaxLength 100M', 'SelfCheck 0',
  ].join('\n'));
  let daemon: ChildProcess | null = null;

  const start = async () => {
    daemon = spawn(CLAMD, [`--config-file=${join(dir, 'clamd.conf')}`], { stdio: 'ignore' });
    const exited = new Promise<never>((_, fail) => daemon!.once('exit', (code) => fail(new Error(`clamd exited (${code}): see ${dir}/clamd.log`))));
    await Promise.race([answersPing(port), exited]);
  };
  const stop = async () => {
    const running = daemon;
    daemon = null;
    if (!running || running.exitCode !== null) return;
    await new Promise((done) => { running.once('exit', done); running.kill('SIGTERM'); });
  };
  await start();
  return {
    host: '127.0.0.1', port,
    settings: { CLAMAV_HOST: '127.0.0.1', CLAMAV_PORT: String(port), CLAMAV_TIMEOUT_SECONDS: '10' },
    stop, start,
    async close() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Resolves once clamd answers PING with PONG (it loads its database before it listens). */
async function answersPing(port: number, deadline = Date.now() + 20_000): Promise<void> {
  while (Date.now() < deadline) {
    const answer = await new Promise<string>((done) => {
      const socket = connect(port, '127.0.0.1', () => socket.end('zPING\0'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => done(text));
      socket.on('error', () => done(''));
    });
    if (answer.startsWith('PONG')) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error('clamd did not answer PING within 20 s');
}
