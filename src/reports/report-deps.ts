import type { Kysely } from 'kysely';
import type { ReportsConfig } from '../config/reports-environment.js';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import type { ReportCrypto } from './crypto/report-crypto.js';

/** What the report use cases need: the database, a clock, the keys and the feature's settings. */
export interface ReportDeps {
  db: Kysely<Database>;
  clock: Clock;
  crypto: ReportCrypto;
  config: ReportsConfig;
  /** The organisation's zone: which day a report arrived on. */
  timeZone: string;
}
