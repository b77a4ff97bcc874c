import type { PlanDiff } from '../../src/plans/plan-diff.js';
import { say, type CliIo } from '../cli-io.js';

/**
 * A revision's changes in words, one line each: added and removed measures,
 * moved deadlines, changed owners and the other fields that changed.
 */
export function diffLines(io: CliIo, diff: PlanDiff): string[] {
  const lines: string[] = [];
  for (const m of diff.added) lines.push(say(io, 'plans.cli.diff.added', { code: m.code, title: m.title }));
  for (const m of diff.removed) lines.push(say(io, 'plans.cli.diff.removed', { code: m.code, title: m.title }));
  for (const m of diff.changed) {
    for (const change of m.changes) {
      const vars = { code: m.code, title: m.title };
      if (change.field === 'deadline') lines.push(say(io, 'plans.cli.diff.deadline', { ...vars, before: change.before.text || '–', after: change.after.text || '–' }));
      else if (change.field === 'start') lines.push(say(io, 'plans.cli.diff.start', { ...vars, before: change.before.text || '–', after: change.after.text || '–' }));
      else if (change.field === 'owners') lines.push(say(io, 'plans.cli.diff.owners', { ...vars, before: change.before.join(', ') || '–', after: change.after.join(', ') || '–' }));
      else if (change.field === 'title') lines.push(say(io, 'plans.cli.diff.title', { code: m.code, before: change.before ?? '', after: change.after ?? '' }));
      else if (change.field === 'responsibleText') lines.push(say(io, 'plans.cli.diff.responsible', { ...vars, before: change.before ?? '', after: change.after ?? '' }));
      else if (change.field === 'goalArea') lines.push(say(io, 'plans.cli.diff.goalArea', { ...vars, before: change.before ?? '–', after: change.after ?? '–' }));
      else lines.push(say(io, 'plans.cli.diff.indicators', vars));
    }
  }
  return lines;
}
