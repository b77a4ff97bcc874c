import type { MeasureDraft } from './measure.js';
import type { Period } from './period.js';

/** One field of a measure that a revision changed. */
export type MeasureFieldChange =
  | { field: 'deadline' | 'start'; before: Period; after: Period }
  | { field: 'owners'; before: string[]; after: string[] }
  | { field: 'title' | 'responsibleText' | 'goalArea'; before: string | null; after: string | null }
  | { field: 'indicators'; before: string[]; after: string[] };

/** What a new revision changed, measure by measure. */
export interface PlanDiff {
  added: Array<{ code: string; title: string }>;
  removed: Array<{ code: string; title: string }>;
  changed: Array<{ code: string; title: string; changes: MeasureFieldChange[] }>;
}

function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.from === b.from && a.to === b.to && a.text === b.text;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

const unitKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Compares two versions of a measure field by field. */
export function diffMeasure(before: MeasureDraft, after: MeasureDraft): MeasureFieldChange[] {
  const changes: MeasureFieldChange[] = [];
  if (!samePeriod(before.deadline, after.deadline)) changes.push({ field: 'deadline', before: before.deadline, after: after.deadline });
  if (!samePeriod(before.start, after.start)) changes.push({ field: 'start', before: before.start, after: after.start });
  const ownersBefore = before.ownerUnits.map(unitKey).sort();
  const ownersAfter = after.ownerUnits.map(unitKey).sort();
  if (!sameList(ownersBefore, ownersAfter)) changes.push({ field: 'owners', before: before.ownerUnits, after: after.ownerUnits });
  if (before.title !== after.title) changes.push({ field: 'title', before: before.title, after: after.title });
  if (before.responsibleText !== after.responsibleText && sameList(ownersBefore, ownersAfter)) {
    changes.push({ field: 'responsibleText', before: before.responsibleText, after: after.responsibleText });
  }
  if (before.goalAreaNumber !== after.goalAreaNumber) changes.push({ field: 'goalArea', before: before.goalAreaNumber, after: after.goalAreaNumber });
  if (!sameList(before.indicators, after.indicators)) changes.push({ field: 'indicators', before: before.indicators, after: after.indicators });
  return changes;
}

/** Compares the measures of two revisions by code. */
export function diffPlans(before: readonly MeasureDraft[], after: readonly MeasureDraft[]): PlanDiff {
  const old = new Map(before.map((m) => [m.code, m]));
  const next = new Map(after.map((m) => [m.code, m]));
  const diff: PlanDiff = { added: [], removed: [], changed: [] };
  for (const m of after) {
    const prev = old.get(m.code);
    if (!prev) diff.added.push({ code: m.code, title: m.title });
    else {
      const changes = diffMeasure(prev, m);
      if (changes.length > 0) diff.changed.push({ code: m.code, title: m.title, changes });
    }
  }
  for (const m of before) if (!next.has(m.code)) diff.removed.push({ code: m.code, title: m.title });
  return diff;
}

/** True when the revision changed nothing about the measures. */
export function isEmptyDiff(diff: PlanDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
