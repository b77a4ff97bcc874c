import { Migrator, PostgresAdapter, sql, type Kysely, type MigrationResult } from 'kysely';
import { TillitError } from '../errors.js';
import { migrations } from './migrations/index.js';

/** Raised when a migration fails; nothing after it has run. */
export class MigrationError extends TillitError<'migration_failed'> {}

/**
 * Brings the schema up to date. Safe to run at every start and from
 * `tillit migrate`: applied migrations are skipped, and concurrent runners
 * are serialised by Kysely's migration lock.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Kysely otherwise takes a migration table in ANY schema as ours, so a
    // second schema on the same server (tests, several tenants) would skip
    // creating its own and fail.
    migrationTableSchema: await currentSchema(db),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'okänd';
    throw new MigrationError('migration_failed', `Migreringen ${failed} misslyckades`, { migration: failed }, { cause: error });
  }
  return results ?? [];
}

/** The schema PostgreSQL resolves unqualified names in (search_path); undefined on SQLite. */
async function currentSchema(db: Kysely<any>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}
