import type { Kysely } from 'kysely';
import type { LinkRevocations } from '../src/committee-report/link-revocations.js';
import type { TabAuthenticator } from '../src/auth/tab-authenticator.js';
import type { Config } from '../src/config/load-config.js';
import type { Logger } from '../src/logging/logger.js';
import type { OverviewDeps } from '../src/overview/overview-deps.js';
import type { Clock } from '../src/ports/clock.js';
import type { Messenger } from '../src/ports/messenger.js';
import type { Telemetry } from '../src/ports/telemetry.js';
import type { Dialect } from '../src/storage/database.js';
import type { Database } from '../src/storage/schema.js';
import type { WriteCadence } from '../src/storage/write-cadence.js';
import type { ReportServices } from './report-services.js';

/**
 * Everything a route needs, built once in app/create-app.ts (the one place
 * that wires Tillit together). Chat routes (bot/), pages and APIs (web/) and
 * workers take this and call use cases with the parts those use cases ask for.
 */
export interface AppServices {
  config: Config;
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  logger: Logger;
  messenger: Messenger;
  /** Traces and metrics (noTelemetry unless configured); routes pass codes only, never text or ids. */
  telemetry: Telemetry;
  /** The write cadence the report routes queue the reporter's writes on. */
  writes: WriteCadence;
  /** The overview use cases' ports (with the reports' k-suppressed statistics plugged in). */
  overview: OverviewDeps;
  /** The key report download links are signed with. */
  linkSecret: Buffer;
  /** Revoked download links, in the database: a link revoked anywhere is refused by every process. */
  linkRevocations: LinkRevocations;
  /** The report channel's keys, limits and request log, made on first use (resolving the master key may create one). */
  reports(): ReportServices;
  /** The one tab authenticator (Teams SSO, or the local demo sign-in), made on first use. */
  tabAuthenticator(): Promise<TabAuthenticator>;
}
