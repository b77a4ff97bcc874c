import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.js';

/** Every table in an order that satisfies the foreign keys (the order the migrations create them). */
export const tablesInKeyOrder = [
  'people', 'conversations', 'plans', 'plan_revisions', 'goal_areas', 'measures', 'units', 'unit_members', 'measure_owners', 'plan_roles',
  'plan_changes', 'status_updates', 'reminder_outbox', 'reminder_snoozes', 'reminder_rate_budget', 'reports', 'report_messages',
  'report_exclusions', 'report_reminders', 'report_audit', 'report_stat_counts', 'overview_conversations', 'status_prompts',
] as const;

/** A database's contents as it was at a release: which migrations had run, and every row. */
export interface ReleaseData {
  release: string;
  migrations: string[];
  tables: Record<string, Array<Record<string, unknown>>>;
}

/** Every row of every table, values as text (so SQLite and PostgreSQL compare alike). */
export async function dumpRows(db: Kysely<Database>): Promise<ReleaseData['tables']> {
  const tables: ReleaseData['tables'] = {};
  for (const table of tablesInKeyOrder) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
    tables[table] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)]))).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return tables;
}
