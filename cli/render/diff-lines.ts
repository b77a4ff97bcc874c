import type { PlanDiff } from '../../src/plans/plan-diff.js';
import { planDiffLines } from '../../src/plans/plan-diff-text.js';
import type { CliIo } from '../cli-io.js';

/** A revision's changes in words, one line each (see planDiffLines). */
export function diffLines(io: CliIo, diff: PlanDiff): string[] {
  return planDiffLines(io.locale, diff);
}
