import { loadConfig, type Config } from '../src/config/load-config.js';
import type { TillitDatabase } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import type { CliIo } from './cli-io.js';
import { openCliDatabase } from './open-database.js';

/**
 * Runs a command on the configured database, brought up to date first (a
 * fresh install can import a plan straight away), and always closes it.
 * A command that needed the configuration before (`reminders run` sets up
 * its logger) passes the one it loaded.
 */
export async function withDatabase<T>(io: CliIo, run: (database: TillitDatabase, config: Config) => Promise<T>, config: Config = loadConfig(io.env)): Promise<T> {
  const database = openCliDatabase(io, config);
  try {
    await migrateToLatest(database.db);
    return await run(database, config);
  } finally {
    await database.destroy();
  }
}
