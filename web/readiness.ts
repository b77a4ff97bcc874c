import { sql } from 'kysely';
import type { AppServices } from '../app/app-services.js';
import { migrations } from '../src/storage/migrations/index.js';

/** What /readyz checks; each is true or false, never a detail (the probe is public). */
export interface Readiness {
  database: boolean;
  migrations: boolean;
  keys: boolean;
}

const latestMigration = Object.keys(migrations).sort().at(-1)!;

/**
 * Ready means traffic can be served: the database answers within
 * `timeoutMs`, its schema has this build's latest migration (a replica of a
 * newer build waits until `tillit migrate` has run), and the keys are loaded
 * (the report channel's master key, the download-link secret).
 */
export async function readiness(app: AppServices, timeoutMs: number): Promise<Readiness> {
  const database = await withTimeout(sql`select 1`.execute(app.db).then(() => true), timeoutMs);
  const migrationsCurrent = database && (await withTimeout(hasLatestMigration(app), timeoutMs));
  return { database, migrations: migrationsCurrent, keys: keysLoaded(app) };
}

export function isReady(r: Readiness): boolean {
  return r.database && r.migrations && r.keys;
}

async function hasLatestMigration(app: AppServices): Promise<boolean> {
  const row = await app.db
    .selectFrom('kysely_migration' as never)
    .select(sql<string>`max(name)`.as('latest'))
    .executeTakeFirst();
  const latest = (row as { latest?: string | null } | undefined)?.latest;
  return typeof latest === 'string' && latest >= latestMigration;
}

function keysLoaded(app: AppServices): boolean {
  if (app.linkSecret.length === 0) return false;
  try {
    app.reports();
    return true;
  } catch {
    return false;
  }
}

/** The promise's value, or false when it fails or takes longer than `ms`. */
async function withTimeout(work: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}
