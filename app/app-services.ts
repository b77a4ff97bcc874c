import type { Kysely } from 'kysely';
import type { Config } from '../src/config/load-config.js';
import type { Logger } from '../src/logging/logger.js';
import type { Clock } from '../src/ports/clock.js';
import type { Messenger } from '../src/ports/messenger.js';
import type { Dialect } from '../src/storage/database.js';
import type { Database } from '../src/storage/schema.js';

/**
 * Everything a route needs, built once in create-app.ts. Routes take this
 * and call use cases with the parts those use cases ask for.
 */
export interface AppServices {
  config: Config;
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  logger: Logger;
  messenger: Messenger;
}
