import type { Kysely } from 'kysely';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';

/** What the status use cases need: the database, a clock and the organisation's zone ("which day is it"). */
export interface StatusDeps {
  db: Kysely<Database>;
  clock: Clock;
  timeZone: string;
}
