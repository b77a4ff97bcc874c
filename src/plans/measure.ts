import { z } from 'zod';
import { periodKinds, type Period } from './period.js';

/** A start or deadline as a revision stores it; the key order is the stored one. */
const periodSchema = z
  .object({ kind: z.enum(periodKinds), from: z.string().nullable(), to: z.string().nullable(), text: z.string() })
  .transform((p) => p as Period);

/**
 * One measure as a plan revision says it: what every importer produces, what
 * plan_revisions.draft_json keeps per revision and what the measures table
 * keeps of the current one, fields in their stored key order (build-draft.ts
 * writes them so). A new measure field is added here; the compiler then asks
 * for it in the importers and in `measureFromRow` (measure-columns.ts), and
 * test/integration/plans/measure-model.test.ts that every path carries it.
 */
export const measureDraftSchema = z.object({
  code: z.string(),
  goalAreaNumber: z.string().nullable(),
  title: z.string(),
  /** The "Ansvarig" cell exactly as written. */
  responsibleText: z.string(),
  /** Owner units resolved from the responsible text (or given explicitly). */
  ownerUnits: z.array(z.string()),
  start: periodSchema,
  deadline: periodSchema,
  indicators: z.array(z.string()),
  notes: z.string().nullable(),
});

export type MeasureDraft = z.output<typeof measureDraftSchema>;

/**
 * The one read model of a measure: every field a plan revision gives it, and
 * the id its status history hangs on. The status cards and reminders get it
 * from the measures table (the current revision, `RegisteredMeasure`); the
 * overview, the committee report and its exports from the revision in force
 * on their day (plan_revisions.draft_json, overview/plan-snapshot.ts). Both
 * paths yield this type, so a new field reaches both or compiles in neither.
 */
export interface Measure<Owner = string> extends Omit<MeasureDraft, 'ownerUnits'> {
  id: string;
  planId: string;
  /** Owner units in their order: names as the revision wrote them, or the register's units (`OwnerUnit`). */
  ownerUnits: Owner[];
}

/** An owner unit as the register knows it. */
export interface OwnerUnit {
  id: string;
  name: string;
}

/** A measure as the register holds it now: the read model plus its place and life in the plan (measures table only). */
export interface RegisteredMeasure extends Measure<OwnerUnit> {
  goalAreaId: string | null;
  position: number;
  addedInRevision: number;
  changedInRevision: number;
  /** Set when a later revision dropped it. */
  removedInRevision: number | null;
}
