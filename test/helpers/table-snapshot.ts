import { sql } from 'kysely';
import type { TestDatabase } from './databases.js';

/** Every row of every table, as JSON text per table (the migration bookkeeping left out). */
export type TableSnapshot = Map<string, Map<string, Record<string, unknown>>>;

export async function tableSnapshot(database: TestDatabase): Promise<TableSnapshot> {
  // PostgreSQL's introspection lists every schema's tables, other test files' (and other branches') included: this one's only.
  const own = database.location.dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]?.schema : undefined;
  const tables = (await database.db.introspection.getTables())
    .filter((t) => own === undefined || t.schema === own)
    .map((t) => t.name)
    .filter((n) => !n.startsWith('kysely_'));
  const snapshot: TableSnapshot = new Map();
  for (const table of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(database.db)).rows;
    snapshot.set(table, new Map(rows.map((row) => [JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)), row])));
  }
  return snapshot;
}

/** The tables whose rows differ, with the rows only after (added) and only before (removed). */
export function tablesThatChanged(before: TableSnapshot, after: TableSnapshot): Array<{ table: string; added: Array<Record<string, unknown>>; removed: Array<Record<string, unknown>> }> {
  const out: Array<{ table: string; added: Array<Record<string, unknown>>; removed: Array<Record<string, unknown>> }> = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(table) ?? new Map();
    const a = after.get(table) ?? new Map();
    const added = [...a].filter(([k]) => !b.has(k)).map(([, row]) => row);
    const removed = [...b].filter(([k]) => !a.has(k)).map(([, row]) => row);
    if (added.length > 0 || removed.length > 0) out.push({ table, added, removed });
  }
  return out;
}
