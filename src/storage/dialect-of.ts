import { PostgresAdapter, type Kysely } from 'kysely';
import type { Dialect } from './database.js';

/** Which database a Kysely instance talks to, for the few queries written per dialect. */
export function dialectOf<DB>(db: Kysely<DB>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
