import { t } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import type { PlanDiff } from './plan-diff.js';

/**
 * A revision's changes in words, one line each: added and removed measures,
 * moved deadlines, changed owners and the other fields that changed. The
 * CLI prints them; the chat upload's preview lists them.
 */
export function planDiffLines(locale: Locale, diff: PlanDiff): string[] {
  const say = (key: Parameters<typeof t>[1], vars: Record<string, string>) => t(locale, key, vars);
  const lines: string[] = [];
  for (const m of diff.added) lines.push(say('plans.cli.diff.added', { code: m.code, title: m.title }));
  for (const m of diff.removed) lines.push(say('plans.cli.diff.removed', { code: m.code, title: m.title }));
  for (const m of diff.changed) {
    for (const change of m.changes) {
      const vars = { code: m.code, title: m.title };
      if (change.field === 'deadline') lines.push(say('plans.cli.diff.deadline', { ...vars, before: change.before.text || '–', after: change.after.text || '–' }));
      else if (change.field === 'start') lines.push(say('plans.cli.diff.start', { ...vars, before: change.before.text || '–', after: change.after.text || '–' }));
      else if (change.field === 'owners') lines.push(say('plans.cli.diff.owners', { ...vars, before: change.before.join(', ') || '–', after: change.after.join(', ') || '–' }));
      else if (change.field === 'title') lines.push(say('plans.cli.diff.title', { code: m.code, before: change.before ?? '', after: change.after ?? '' }));
      else if (change.field === 'responsibleText') lines.push(say('plans.cli.diff.responsible', { ...vars, before: change.before ?? '', after: change.after ?? '' }));
      else if (change.field === 'goalArea') lines.push(say('plans.cli.diff.goalArea', { ...vars, before: change.before ?? '–', after: change.after ?? '–' }));
      else lines.push(say('plans.cli.diff.indicators', vars));
    }
  }
  return lines;
}
