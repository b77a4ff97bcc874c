import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import { buildDraft, missingFacts, type MissingFact } from './import/build-draft.js';
import type { ImportFormat } from './import/detect-format.js';
import { PlanImportError, ProblemCollector, type ImportProblem } from './import/import-problem.js';
import { readOverrides } from './import/plan-overrides.js';
import type { PlanDefaults } from './import/parsed-plan.js';
import type { PlanDiff } from './plan-diff.js';
import type { Plan, PlanDraft } from './plan.js';
import { storePlanRevision } from './store-plan-revision.js';

export interface ImportPlanDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface ImportPlanInput {
  /** The file's name as given (its base name is recorded with the revision). */
  fileName: string;
  bytes: Uint8Array;
  format?: ImportFormat;
  /** Plan facts from the command line; they win over the file's. */
  overrides?: Record<string, unknown>;
  /** Read and check only; store nothing. */
  dryRun?: boolean;
  /** The installation's facts (TILLIT_ORGANISATION) for a file that does not state them. */
  defaults?: PlanDefaults;
}

export interface ImportPlanResult {
  /** checked: a dry run that would have succeeded. */
  outcome: 'created' | 'revised' | 'unchanged' | 'checked';
  format: ImportFormat;
  draft: PlanDraft;
  plan?: Plan;
  revision?: number;
  diff: PlanDiff | null;
  /** Things worth knowing that did not stop the import (unreadable dates, missing owners …). */
  warnings: ImportProblem[];
  /** Plan facts neither the file nor the command line gave. */
  missing: MissingFact[];
}

/**
 * Imports a plan file all-or-nothing: the whole file is read and checked
 * first (every error is collected and thrown together as a
 * PlanImportError, naming file, line and field), and only a fully valid
 * plan is stored, in one transaction, as a new plan or a new revision.
 */
export async function importPlan(deps: ImportPlanDeps, input: ImportPlanInput): Promise<ImportPlanResult> {
  const file = path.basename(input.fileName);
  const problems = new ProblemCollector();
  const overrides = readOverrides(input.overrides ?? {}, problems);
  // The readers (YAML, CSV, Word, PDF …) are loaded with the first import, not when the server starts.
  const { readPlanSource } = await import('./import/read-plan-source.js');
  const { format, parsed } = await readPlanSource(input, problems);
  problems.throwIfErrors(file);
  const draft = parsed ? buildDraft(parsed, overrides, problems, input.defaults) : undefined;
  problems.throwIfErrors(file);
  if (!draft) throw new PlanImportError(file, [{ key: 'plans.import.error.noMeasures' }]);
  const base = { format, draft, warnings: problems.warnings, missing: missingFacts(draft) };
  if (input.dryRun) return { ...base, outcome: 'checked', diff: null };
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const stored = await storePlanRevision(deps, draft, { name: file, sha256 });
  return { ...base, outcome: stored.outcome, plan: stored.plan, revision: stored.revision, diff: stored.diff };
}
