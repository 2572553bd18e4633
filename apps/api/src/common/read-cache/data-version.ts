import { UNVERSIONED_TABLES } from '../../database/migrations/1764320000000-DataVersion.js';

/**
 * How many changes the plan's data has seen: the sum of data_version's slots, which statement triggers on every table
 * but the sign-in bookkeeping (UNCOUNTED_TABLES) bump in the writing transaction (migration DataVersion). A reader
 * sees a new sum exactly when it can see a new committed change; signing in and staying signed in do not count.
 */
export const DATA_VERSION = `SELECT sum(changes)::text FROM data_version`;

/**
 * The tables without the trigger: DataVersion's own list, and bookkeeping tables made later by migrations that add no
 * trigger (export_request: who downloaded a report when; account_token and password_reset_request: one-time links and
 * the requests for them; recovery_code: two-factor recovery codes; weekly_due_sent and report_mailing: which scheduled e-mails went). A released migration is never edited, so later ones go here.
 */
export const UNCOUNTED_TABLES = [...UNVERSIONED_TABLES, 'export_request', 'account_token', 'password_reset_request', 'recovery_code', 'weekly_due_sent', 'report_mailing'];
