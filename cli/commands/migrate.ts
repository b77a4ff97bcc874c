import type { Command } from 'commander';
import { loadConfig } from '../../src/config/load-config.js';
import { openCliDatabase } from '../open-database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { say, type CliIo } from '../cli-io.js';

/** `tillit migrate`: bring the schema up to date and say what was done. */
export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description(say(io, 'cli.migrate.description'))
    .action(async () => {
      const config = loadConfig(io.env);
      const database = openCliDatabase(io, config);
      try {
        const results = await migrateToLatest(database.db);
        const applied = results.filter((r) => r.status === 'Success').length;
        io.out(
          applied > 0
            ? say(io, 'cli.migrate.done', { count: applied, dialect: database.dialect })
            : say(io, 'cli.migrate.none', { dialect: database.dialect }),
        );
      } finally {
        await database.destroy();
      }
    });
}
