import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { LinkPurpose } from '@steerline/contracts';
import { isEmail } from 'class-validator';
import { DataSource } from 'typeorm';
import { insertAdministrator, selectAccountByEmail } from './accounts/account.queries.js';
import { AccountLinksService } from './accounts/account-links.service.js';
import { AuditService } from './audit/audit.service.js';
import { ConfigError, loadConfig } from './config/env.js';
import { EmbeddedDatabaseError, reachEmbeddedDatabase } from './database/embedded.js';
import { migrateUnderLock } from './database/migrate-under-lock.js';
import { MIGRATIONS } from './database/migrations/index.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** A problem the person at the command line can fix, said plainly and without a stack trace. */
class Refusal extends Error {}

const USAGE = 'Usage: npm run admin:create -- --email <e-mail> --name "<full name>" [--reset]';

function readArguments() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, reset: { type: 'boolean', default: false } }, strict: true });
  const email = values.email?.trim() ?? '';
  const name = values.name?.trim() ?? '';
  if (!isEmail(email)) throw new Refusal(`Give the administrator's e-mail address, like --email name@example.org.\n${USAGE}`);
  if (!name && !values.reset) throw new Refusal(`Give the administrator's full name, like --name "Sam Smith".\n${USAGE}`);
  return { email, name, reset: values.reset ?? false };
}

/**
 * `npm run admin:create`: the first administrator of an empty database, or (with --reset) a new link for an existing
 * account, such as the last administrator locked out. Migrates first; works beside a running app, on its embedded
 * PostgreSQL or DATABASE_URL. Prints a one-time link to set the password; nobody gets a password here.
 */
async function adminCreate(): Promise<void> {
  const { email, name, reset } = readArguments();
  const config = loadConfig();
  const embedded = config.DATABASE_URL ? undefined : await reachEmbeddedDatabase(config.DATA_DIR, say);
  const db = new DataSource({ type: 'postgres', url: config.DATABASE_URL ?? embedded!.url, migrations: MIGRATIONS, migrationsTableName: 'schema_migration' });
  try {
    await db.initialize();
    await migrateUnderLock(db);
    const links = new AccountLinksService(db, new AuditService(), config);
    const { link, expiresAt, created } = await db.transaction(async (manager) => {
      const existing = await selectAccountByEmail(manager, email);
      if (existing && !reset) throw new Refusal(`There is already an account for ${existing.email} (${existing.name}). To print a new link to set its password, add --reset.`);
      if (!existing && reset) throw new Refusal(`There is no account for ${email}, so there is nothing to reset. Leave out --reset to create it.`);
      if (existing && !existing.isActive) throw new Refusal(`The account for ${existing.email} is deactivated. Another administrator must reactivate it first.`);
      const userId = existing?.id ?? (await insertAdministrator(manager, email, name));
      if (!existing) await new AuditService().record(manager, { actorId: null, operation: 'create', entityType: 'user', entityId: userId, after: { email, name, isAdmin: true, isActive: true } });
      return { ...(await links.issue(manager, { userId, purpose: LinkPurpose.SetPassword, actorId: null })), created: !existing };
    });
    say(created ? `Created the administrator ${name} <${email}>.` : `Issued a new link for ${email}; any earlier link for this account no longer works.`);
    say(`Open this link to set the password (it works once, until ${expiresAt.toISOString()}):`);
    say(link);
  } finally {
    if (db.isInitialized) await db.destroy();
    await embedded?.stop();
  }
}

adminCreate().then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof Refusal || error instanceof ConfigError || error instanceof EmbeddedDatabaseError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
