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
  // On PostgreSQL the migrator must look for its own tables in the schema it
  // writes to: by default it accepts a kysely_migration table in any schema,
  // so a second schema on the same server (tests, or another deployment) made
  // it skip creating its tables and fail.
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'okänd';
    throw new MigrationError('migration_failed', `Migreringen ${failed} misslyckades`, { migration: failed }, { cause: error });
  }
  return results ?? [];
}
