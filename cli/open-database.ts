import type { Config } from '../src/config/load-config.js';
import { openDatabase, type TillitDatabase } from '../src/storage/database.js';
import { say, type CliIo } from './cli-io.js';

/** Says, naming the file, that there was no database and an empty one was made (on stderr: stdout may be JSON). */
export function announceNewDatabase(io: CliIo, createdFile: string | undefined): void {
  if (createdFile) io.err(say(io, 'cli.database.created', { file: createdFile }));
}

/**
 * Opens the configured database for a command. When the SQLite file did
 * not exist, the command says so and names the file, so an empty register
 * is never mistaken for the real one.
 */
export function openCliDatabase(io: CliIo, config: Config): TillitDatabase {
  const database = openDatabase(config.database);
  announceNewDatabase(io, database.createdFile);
  return database;
}
