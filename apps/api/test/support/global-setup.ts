import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startEmbeddedDatabase } from '../../src/database/embedded.ts';

/** Per run, so two runs at once (two terminals, two agents) never share a cluster. */
const DATA_DIR = resolve(import.meta.dirname, `../../../../.data/api-tests/run-${process.pid}`);

/** One real PostgreSQL for the whole run; each test file makes its own database in it. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const database = await startEmbeddedDatabase(DATA_DIR, () => undefined);
  process.env.TEST_DATABASE_URL = database.url;
  (globalThis as { stopTestDatabase?: () => Promise<void> }).stopTestDatabase = async () => {
    await database.stop();
    await rm(DATA_DIR, { recursive: true, force: true });
  };
}
