import type { Period } from '../period.js';
import type { PlanDraft } from '../plan.js';
import type { MeasureDraft } from '../measure.js';
import type { ProblemCollector } from './import-problem.js';
import type { ParsedPlan, PlanDefaults, PlanOverrides } from './parsed-plan.js';

function period(p: Period): Period {
  return { kind: p.kind, from: p.from, to: p.to, text: p.text } as Period;
}

function measure(m: MeasureDraft): MeasureDraft {
  return {
    code: m.code,
    goalAreaNumber: m.goalAreaNumber,
    title: m.title,
    responsibleText: m.responsibleText,
    ownerUnits: [...m.ownerUnits],
    start: period(m.start),
    deadline: period(m.deadline),
    indicators: [...m.indicators],
    notes: m.notes,
  };
}

function pick<T>(override: T | null | undefined, fromFile: T | null | undefined): T | null {
  return override ?? fromFile ?? null;
}

/**
 * Completes a parsed plan with the command line's facts into a PlanDraft,
 * always with the same key order, so the same plan read from YAML, a
 * spreadsheet or text stores byte-identical JSON (and re-importing an
 * unchanged plan is recognised as unchanged). Organisation and name are
 * required: without them the plan cannot be told apart from others.
 */
export function buildDraft(parsed: ParsedPlan, overrides: PlanOverrides, problems: ProblemCollector, defaults: PlanDefaults = {}): PlanDraft | undefined {
  const stated = pick(overrides.organisation, parsed.meta.organisation)?.trim() || null;
  const organisation = stated ?? (defaults.organisation?.trim() || null);
  // Said, not silently assumed: the installation's organisation, and a name taken from a title, a sheet or the file.
  if (!stated && organisation) problems.warn({ key: 'plans.import.warning.organisationFromConfig', vars: { organisation } });
  const name = pick(overrides.name, parsed.meta.name)?.trim() || null;
  if (!overrides.name && name && parsed.meta.nameFrom) problems.warn({ key: `plans.import.warning.nameFrom.${parsed.meta.nameFrom}`, vars: { name } });
  if (!organisation) problems.error({ key: 'plans.import.error.organisationMissing' });
  if (!name) problems.error({ key: 'plans.import.error.nameMissing' });
  if (parsed.measures.length === 0) problems.error({ key: 'plans.import.error.noMeasures' });
  if (!organisation || !name) return undefined;
  return {
    key: pick(overrides.key, parsed.meta.key),
    organisation,
    name,
    committee: pick(overrides.committee, parsed.meta.committee),
    decision: {
      reference: pick(overrides.decisionReference, parsed.meta.decisionReference),
      date: pick(overrides.decisionDate, parsed.meta.decisionDate),
    },
    validity: { from: pick(overrides.validFrom, parsed.meta.validFrom), to: pick(overrides.validTo, parsed.meta.validTo) },
    goalAreaLabel: pick(overrides.goalAreaLabel, parsed.meta.goalAreaLabel) ?? 'målområde',
    coordinatorText: pick(overrides.coordinatorText, parsed.meta.coordinatorText),
    followUps: (parsed.meta.followUps ?? []).map((f) => ({ kind: f.kind, period: period(f.period), note: f.note })),
    riskAreas: parsed.riskAreas.map((r) => ({ name: r.name, motivation: r.motivation })),
    reminderRules: parsed.meta.reminderRules ?? null,
    goalAreas: parsed.goalAreas.map((g) => ({ number: g.number, title: g.title })),
    measures: parsed.measures.map(measure),
  };
}

/** Plan facts a stored plan lacks, so the import can say what to add (and with which flag). */
export type MissingFact = 'committee' | 'decisionReference' | 'decisionDate' | 'validFrom' | 'validTo' | 'coordinatorText' | 'followUps';

/** Which of the useful plan facts the draft has no value for. */
export function missingFacts(draft: PlanDraft): MissingFact[] {
  const missing: MissingFact[] = [];
  if (!draft.committee) missing.push('committee');
  if (!draft.decision.reference) missing.push('decisionReference');
  if (!draft.decision.date) missing.push('decisionDate');
  if (!draft.validity.from) missing.push('validFrom');
  if (!draft.validity.to) missing.push('validTo');
  if (!draft.coordinatorText) missing.push('coordinatorText');
  if (draft.followUps.length === 0) missing.push('followUps');
  return missing;
}
