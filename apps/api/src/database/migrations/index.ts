import { Foundation1764270000000 } from './1764270000000-Foundation.js';

/** Every migration, oldest first. The bundle cannot glob, so each one is listed here. */
export const MIGRATIONS = [Foundation1764270000000];
