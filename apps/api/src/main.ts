import 'reflect-metadata';
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
  stopOnSignals(async () => {
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

function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      say(`Received ${signal}, stopping`);
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

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedDatabaseError;
  process.stderr.write(`Steerline could not start: ${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
