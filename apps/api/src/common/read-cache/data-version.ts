/**
 * How many changes the plan's data has seen: the sum of data_version's slots, which statement triggers on every table
 * but the sign-in bookkeeping (UNVERSIONED_TABLES) bump in the writing transaction (migration DataVersion). A reader
 * sees a new sum exactly when it can see a new committed change; signing in and staying signed in do not count.
 */
export const DATA_VERSION = `SELECT sum(changes)::text FROM data_version`;
