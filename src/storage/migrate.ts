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
    ...(await migrationSchema(db)),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'okänd';
    throw new MigrationError('migration_failed', `Migreringen ${failed} misslyckades`, { migration: failed }, { cause: error });
  }
  return results ?? [];
}

/**
 * On PostgreSQL, Kysely looks for its migration tables in every schema it
 * can see; with several schemas on one server (parallel test runs, or other
 * apps) it would find another schema's table and skip creating its own.
 * Pinning them to the connection's current schema keeps each schema whole.
 */
async function migrationSchema(db: Kysely<any>): Promise<{ migrationTableSchema?: string }> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return {};
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  return schema ? { migrationTableSchema: schema } : {};
}
