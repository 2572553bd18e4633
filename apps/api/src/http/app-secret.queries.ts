import type { DataSource } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

const KEEP_FIRST = new PreparedStatement(`INSERT INTO app_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`);
const READ = new PreparedStatement(`SELECT value FROM app_secret WHERE name = $1`);

/** Stores the secret under this name unless one is there already, then reads the one that is: every replica gets the same. */
export async function keepFirstSecret(db: DataSource, name: string, candidate: string): Promise<string> {
  await runPrepared(db, KEEP_FIRST, [name, candidate]);
  const [{ value }] = await runPrepared<{ value: string }>(db, READ, [name]);
  return value;
}
