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
    // Kysely looks for its bookkeeping tables in every schema unless told which;
    // another schema on the same server (another app, a parallel test) must not count.
    ...(db.getExecutor().adapter instanceof PostgresAdapter ? { migrationTableSchema: await currentSchema(db) } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'okänd';
    throw new MigrationError('migration_failed', `Migreringen ${failed} misslyckades`, { migration: failed }, { cause: error });
  }
  return results ?? [];
}

async function currentSchema(db: Kysely<any>): Promise<string> {
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return result.rows[0]?.schema ?? 'public';
}
