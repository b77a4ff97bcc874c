import type { Kysely } from 'kysely';
import type { ReportsConfig } from '../config/reports-environment.js';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import type { DeferredWrites } from '../storage/write-cadence.js';
import type { ReportCrypto } from './crypto/report-crypto.js';

/** What the report use cases need: the database, a clock, the keys and the feature's settings. */
export interface ReportDeps {
  db: Kysely<Database>;
  clock: Clock;
  crypto: ReportCrypto;
  config: ReportsConfig;
  /** The organisation's zone: which day a report arrived on. */
  timeZone: string;
  /**
   * Where the reporter's own writes (an anonymous report, an answer) go: the
   * server's fixed write cadence; written at once when absent.
   */
  anonymousWrites?: DeferredWrites;
}
