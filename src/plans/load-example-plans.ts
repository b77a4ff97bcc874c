import type { Kysely } from 'kysely';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import { importPlan, type ImportPlanResult } from './import-plan.js';

/** An example file's bytes, ready to import. */
export interface ExampleSource {
  fileName: string;
  bytes: Uint8Array;
  key: string;
}

/**
 * Loads example plans into an EMPTY register (a register with any plan is
 * left alone, so this never runs twice and never touches real data).
 * Returns the import results, or undefined when the register was not empty.
 */
export async function loadExamplePlans(
  deps: { db: Kysely<Database>; clock: Clock },
  sources: readonly ExampleSource[],
): Promise<ImportPlanResult[] | undefined> {
  const existing = await deps.db.selectFrom('plans').select('id').limit(1).executeTakeFirst();
  if (existing) return undefined;
  const results: ImportPlanResult[] = [];
  for (const source of sources) {
    results.push(await importPlan(deps, { fileName: source.fileName, bytes: source.bytes, overrides: { key: source.key } }));
  }
  return results;
}
