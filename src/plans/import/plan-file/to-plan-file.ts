import { stringify } from 'yaml';
import type { PlanDraft } from '../../plan.js';
import type { MeasureDraft } from '../../measure.js';
import { resolveOwnerUnits } from '../../resolve-owners.js';
import { unitKey } from '../../units-repository.js';

function sameUnits(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => unitKey(name) === unitKey(b[i]!));
}

function measureEntry(m: MeasureDraft, withGoalArea: boolean): Record<string, unknown> {
  return {
    code: m.code,
    title: m.title,
    ...(m.responsibleText ? { responsible: m.responsibleText } : {}),
    // Owners are written only when they differ from what the responsible text resolves to.
    ...(sameUnits(m.ownerUnits, resolveOwnerUnits(m.responsibleText)) ? {} : { owners: m.ownerUnits }),
    ...(m.start.text ? { start: m.start.text } : {}),
    ...(m.deadline.text ? { deadline: m.deadline.text } : {}),
    ...(m.indicators.length > 0 ? { indicators: m.indicators } : {}),
    ...(m.notes ? { notes: m.notes } : {}),
    ...(withGoalArea && m.goalAreaNumber ? { goalArea: m.goalAreaNumber } : {}),
  };
}

/**
 * A stored plan revision as a Tillit plan file (the inverse of
 * parsePlanFile): importing the result gives the same plan back, so a plan
 * read from a document can be exported, edited and imported again.
 */
export function toPlanFile(draft: PlanDraft): Record<string, unknown> {
  const areaNumbers = new Set(draft.goalAreas.map((g) => g.number));
  const loose = draft.measures.filter((m) => !m.goalAreaNumber || !areaNumbers.has(m.goalAreaNumber));
  return {
    version: 1,
    ...(draft.key ? { key: draft.key } : {}),
    organisation: draft.organisation,
    name: draft.name,
    ...(draft.committee ? { committee: draft.committee } : {}),
    ...(draft.decision.reference || draft.decision.date ? { decision: { reference: draft.decision.reference, date: draft.decision.date } } : {}),
    ...(draft.validity.from || draft.validity.to ? { validity: { from: draft.validity.from, to: draft.validity.to } } : {}),
    goalAreaLabel: draft.goalAreaLabel,
    ...(draft.coordinatorText ? { coordinator: draft.coordinatorText } : {}),
    ...(draft.followUps.length > 0 ? { followUps: draft.followUps.map((f) => ({ kind: f.kind, when: f.period.text, ...(f.note ? { note: f.note } : {}) })) } : {}),
    ...(draft.riskAreas.length > 0 ? { riskAreas: draft.riskAreas.map((r) => ({ name: r.name, motivation: r.motivation })) } : {}),
    ...(draft.reminderRules ? { reminders: draft.reminderRules } : {}),
    goalAreas: draft.goalAreas.map((g) => ({
      number: g.number,
      title: g.title,
      measures: draft.measures.filter((m) => m.goalAreaNumber === g.number).map((m) => measureEntry(m, false)),
    })),
    ...(loose.length > 0 ? { measures: loose.map((m) => measureEntry(m, true)) } : {}),
  };
}

/** The plan file as YAML (a header comment says what it is) or JSON. */
export function formatPlanFile(draft: PlanDraft, format: 'yaml' | 'json'): string {
  const file = toPlanFile(draft);
  if (format === 'json') return `${JSON.stringify(file, null, 2)}\n`;
  return `# Tillit plan file (version 1): npx tillit plan import <this file>\n${stringify(file, { lineWidth: 0 })}`;
}
