import type { Migration } from 'kysely';
import * as m0001 from './0001-directory.js';

/**
 * Every migration, in order. Names sort; never rename or edit one that has
 * shipped — add a new one. Both SQLite and PostgreSQL run the same list.
 */
export const migrations: Record<string, Migration> = {
  '0001-directory': m0001,
};
