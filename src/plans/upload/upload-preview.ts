import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { MissingFact } from '../import/build-draft.js';
import type { ImportFormat } from '../import/detect-format.js';
import type { ImportProblem } from '../import/import-problem.js';
import { diffPlans, type PlanDiff } from '../plan-diff.js';
import type { PlanDraft } from '../plan.js';
import { unitDisplayName, unitKey } from '../units-repository.js';

/** The stored plan an upload would revise: same organisation and name. */
export interface UploadTarget {
  id: string;
  key: string;
  currentRevision: number;
  /** The current revision's draft, to diff against. */
  draftJson: string;
}

/** What the coordinator sees before confirming an upload. */
export interface PlanUploadPreview {
  /** Absent when there is nothing to confirm (the document equals the current revision). */
  uploadId?: string;
  fileName: string;
  format: ImportFormat;
  organisation: string;
  name: string;
  /** new: a plan Tillit does not have; revision: a new revision of `plan`; unchanged: same as the current revision. */
  kind: 'new' | 'revision' | 'unchanged';
  plan: { key: string; currentRevision: number } | null;
  goalAreaLabel: PlanDraft['goalAreaLabel'];
  goalAreas: Array<{ number: string; title: string }>;
  measureCount: number;
  /** Measures whose deadline has no date Tillit understands (text as written; empty when none is given). */
  unreadableDeadlines: Array<{ code: string; text: string }>;
  /** Owner units nobody in Tillit receives reminders for (new units included). */
  unitsWithoutPeople: string[];
  /** Against the current revision; null for a new plan. */
  diff: PlanDiff | null;
  warnings: ImportProblem[];
  missing: MissingFact[];
  /** When the upload can no longer be confirmed (ISO instant). */
  expiresAt?: string;
}

/** The plan with the draft's organisation and name, if Tillit has it. */
export async function findUploadTarget(db: Kysely<Database> | Transaction<Database>, draft: PlanDraft): Promise<UploadTarget | undefined> {
  const plan = await db
    .selectFrom('plans')
    .select(['id', 'key', 'current_revision'])
    .where('organisation', '=', draft.organisation)
    .where('name', '=', draft.name)
    .executeTakeFirst();
  if (!plan) return undefined;
  const revision = await db
    .selectFrom('plan_revisions')
    .select('draft_json')
    .where('plan_id', '=', plan.id)
    .where('revision', '=', plan.current_revision)
    .executeTakeFirstOrThrow();
  return { id: plan.id, key: plan.key, currentRevision: plan.current_revision, draftJson: revision.draft_json };
}

/** The draft's owner units (first spelling, in plan order) that have nobody in them in the directory. */
export async function draftUnitsWithoutPeople(db: Kysely<Database>, draft: PlanDraft): Promise<string[]> {
  const names = new Map<string, string>();
  for (const m of draft.measures) for (const unit of m.ownerUnits) if (!names.has(unitKey(unit))) names.set(unitKey(unit), unitDisplayName(unit));
  if (names.size === 0) return [];
  const staffed = await db
    .selectFrom('units')
    .innerJoin('unit_members', 'unit_members.unit_id', 'units.id')
    .select('units.key')
    .distinct()
    .where('units.key', 'in', [...names.keys()])
    .execute();
  const withPeople = new Set(staffed.map((u) => u.key));
  return [...names].filter(([key]) => !withPeople.has(key)).map(([, name]) => name);
}

/** Builds the preview of a checked draft against what Tillit has. */
export async function previewDraft(
  db: Kysely<Database>,
  checked: { fileName: string; format: ImportFormat; draft: PlanDraft; warnings: ImportProblem[]; missing: MissingFact[] },
  target: UploadTarget | undefined,
): Promise<PlanUploadPreview> {
  const { draft } = checked;
  const unchanged = target !== undefined && target.draftJson === JSON.stringify(draft);
  return {
    fileName: checked.fileName,
    format: checked.format,
    organisation: draft.organisation,
    name: draft.name,
    kind: !target ? 'new' : unchanged ? 'unchanged' : 'revision',
    plan: target ? { key: target.key, currentRevision: target.currentRevision } : null,
    goalAreaLabel: draft.goalAreaLabel,
    goalAreas: draft.goalAreas.map((g) => ({ number: g.number, title: g.title })),
    measureCount: draft.measures.length,
    unreadableDeadlines: draft.measures.filter((m) => m.deadline.kind === 'unknown').map((m) => ({ code: m.code, text: m.deadline.text })),
    unitsWithoutPeople: await draftUnitsWithoutPeople(db, draft),
    diff: target && !unchanged ? diffPlans((JSON.parse(target.draftJson) as PlanDraft).measures, draft.measures) : null,
    warnings: checked.warnings,
    missing: checked.missing,
  };
}
