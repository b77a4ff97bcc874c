import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { PlanDiff } from './plan-diff.js';
import type { PlanDraft } from './plan.js';

/** One imported version of a plan. */
export interface PlanRevision {
  revision: number;
  sourceName: string;
  importedAt: string;
  /** What it changed from the revision before; null for the first. */
  diff: PlanDiff | null;
  draft: PlanDraft;
}

/** A plan's revisions, oldest first. */
export async function listRevisions(db: Kysely<Database>, planId: string): Promise<PlanRevision[]> {
  const rows = await db.selectFrom('plan_revisions').selectAll().where('plan_id', '=', planId).orderBy('revision').execute();
  return rows.map((r) => ({
    revision: r.revision,
    sourceName: r.source_name,
    importedAt: r.imported_at,
    diff: r.diff_json ? (JSON.parse(r.diff_json) as PlanDiff) : null,
    draft: JSON.parse(r.draft_json) as PlanDraft,
  }));
}

/** One revision of a plan, if it exists. */
export async function getRevision(db: Kysely<Database>, planId: string, revision: number): Promise<PlanRevision | undefined> {
  return (await listRevisions(db, planId)).find((r) => r.revision === revision);
}
