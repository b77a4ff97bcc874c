import type { Config } from '../../src/config/load-config.js';
import { openDatabase, type TillitDatabase } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';

/** Opens and migrates the configured database for one command, and always closes it. */
export async function withDatabase<T>(config: Config, run: (database: TillitDatabase) => Promise<T>): Promise<T> {
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    return await run(database);
  } finally {
    await database.destroy();
  }
}
