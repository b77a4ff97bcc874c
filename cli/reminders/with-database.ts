import type { Config } from '../../src/config/load-config.js';
import type { TillitDatabase } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import type { CliIo } from '../cli-io.js';
import { openCliDatabase } from '../open-database.js';

/** Opens and migrates the configured database for one command, and always closes it. */
export async function withDatabase<T>(io: CliIo, config: Config, run: (database: TillitDatabase) => Promise<T>): Promise<T> {
  const database = openCliDatabase(io, config);
  try {
    await migrateToLatest(database.db);
    return await run(database);
  } finally {
    await database.destroy();
  }
}
