import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { hasMessage, type MessageKey } from '../../../i18n/catalogue.js';
import { parseReminderRules } from '../../../reminders/reminder-rules-schema.js';
import { parsePeriod } from '../../parse-period.js';
import type { MeasureDraft } from '../../measure.js';
import { resolveOwnerUnits } from '../../resolve-owners.js';
import { unitDisplayName } from '../../units-repository.js';
import type { ProblemCollector } from '../import-problem.js';
import type { ParsedPlan } from '../parsed-plan.js';
import { splitIndicators } from '../split-indicators.js';
import { planFileSchema, type MeasureFile, type PlanFile } from './plan-file-schema.js';

/** "goalAreas[1].measures[0].deadline" — how a field is named in messages. */
function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** The line of the deepest node of `path` that exists in the document. */
function lineOf(doc: Document, counter: LineCounter, path: ReadonlyArray<PropertyKey>): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** The catalogue key for a zod issue: "missing" for an absent field, our own key when the schema gave one, else by issue kind. */
function issueKey(issue: z.core.$ZodIssue, data: unknown): MessageKey {
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return 'plans.import.error.fieldRequired';
  if (hasMessage(issue.message)) return issue.message;
  if (issue.code === 'unrecognized_keys') return 'plans.import.error.fieldUnknown';
  return 'plans.import.error.fieldInvalid';
}

function measureFromFile(m: MeasureFile, goalAreaNumber: string | null, problems: ProblemCollector, field: string): MeasureDraft {
  const responsible = m.responsible ?? '';
  const start = parsePeriod(m.start ?? '');
  const deadline = parsePeriod(m.deadline ?? '');
  for (const [name, period] of [['start', start], ['deadline', deadline]] as const) {
    if (period.kind === 'unknown' && period.text !== '') problems.warn({ field: `${field}.${name}`, key: 'plans.import.warning.periodUnknown', vars: { text: period.text } });
  }
  if (deadline.text === '') problems.warn({ field: `${field}.deadline`, key: 'plans.import.warning.deadlineMissing' });
  if (responsible === '' && !m.owners?.length) problems.warn({ field: `${field}.responsible`, key: 'plans.import.warning.responsibleMissing', vars: { code: m.code } });
  const indicators = Array.isArray(m.indicators) ? m.indicators.map((i) => i.trim()).filter((i) => i !== '') : splitIndicators(m.indicators ?? '', { guessSentences: false });
  return {
    code: m.code,
    goalAreaNumber,
    title: m.title.replace(/\s+/g, ' '),
    responsibleText: responsible.replace(/\s+/g, ' '),
    ownerUnits: m.owners ? m.owners.map(unitDisplayName) : resolveOwnerUnits(responsible),
    start,
    deadline,
    indicators,
    notes: m.notes,
  };
}

function fromPlanFile(file: PlanFile, reminders: Record<string, unknown> | null, problems: ProblemCollector): ParsedPlan {
  const measures: MeasureDraft[] = [];
  const goalAreas = (file.goalAreas ?? []).map((g) => ({ number: g.number, title: g.title }));
  (file.goalAreas ?? []).forEach((area, a) =>
    (area.measures ?? []).forEach((m, i) => measures.push(measureFromFile(m, area.number, problems, `goalAreas[${a}].measures[${i}]`))),
  );
  (file.measures ?? []).forEach((m, i) => {
    const area = m.goalArea ?? null;
    if (area !== null && !goalAreas.some((g) => g.number === area)) problems.error({ field: `measures[${i}].goalArea`, key: 'plans.import.error.goalAreaUnknown', vars: { number: area } });
    measures.push(measureFromFile(m, area, problems, `measures[${i}]`));
  });
  const seen = new Map<string, number>();
  measures.forEach((m, i) => {
    if (seen.has(m.code)) problems.error({ field: 'code', key: 'plans.import.error.codeDuplicateFile', vars: { code: m.code } });
    seen.set(m.code, i);
  });
  return {
    meta: {
      key: file.key ?? null,
      organisation: file.organisation ?? null,
      name: file.name ?? null,
      committee: file.committee ?? null,
      decisionReference: file.decision?.reference ?? null,
      decisionDate: file.decision?.date ?? null,
      validFrom: file.validity?.from ?? null,
      validTo: file.validity?.to ?? null,
      goalAreaLabel: file.goalAreaLabel ?? null,
      coordinatorText: file.coordinator ?? null,
      followUps: (file.followUps ?? []).map((f) => ({ kind: f.kind, period: parsePeriod(f.when), note: f.note })),
      reminderRules: reminders,
    },
    goalAreas,
    measures,
    riskAreas: (file.riskAreas ?? []).map((r) => ({ name: r.name, motivation: r.motivation ?? '' })),
  };
}

/**
 * Reads a plan file in Tillit's format. YAML is read with the failsafe
 * schema, so every value stays the text written ("4.10" is not 4.1, "no"
 * is not false); only `reminders:` is read with YAML's usual types. JSON
 * is checked strictly first. Every schema problem is reported with its
 * field path and line.
 */
export function parsePlanFile(source: string, format: 'yaml' | 'json', problems: ProblemCollector): ParsedPlan | undefined {
  if (format === 'json') {
    try {
      JSON.parse(source);
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      const at = /position (\d+)/.exec(message);
      const line = Number(/\(line (\d+)/.exec(message)?.[1]) || (at ? source.slice(0, Number(at[1])).split('\n').length : undefined);
      problems.error({ ...(line ? { line } : {}), key: 'plans.import.error.jsonSyntax' });
      return undefined;
    }
  }
  const counter = new LineCounter();
  const doc = parseDocument(source, { schema: format === 'json' ? 'core' : 'failsafe', lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 5)) problems.error({ line: error.linePos?.[0]?.line, key: 'plans.import.error.yamlSyntax', vars: { code: error.code } });
    return undefined;
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.error({ line: 1, key: 'plans.import.error.fileNotObject' });
    return undefined;
  }
  const parsed = planFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const path = keys.length > 0 ? [...issue.path, keys[0]!] : issue.path;
      problems.error({ line: lineOf(doc, counter, path), field: pathText(path), key: issueKey(issue, data), vars: { keys: keys.join(', ') } });
    }
    return undefined;
  }
  const typed = format === 'yaml' ? parseDocument(source).toJS() : data;
  const reminders = (typed as { reminders?: Record<string, unknown> | null }).reminders ?? null;
  // Wrong rules must stop the import: stored, they would silently fall back to the defaults.
  const rules = parseReminderRules(reminders);
  if (!rules.ok) {
    for (const problem of rules.problems) {
      const path = ['reminders', ...problem.at];
      problems.error({ line: lineOf(doc, counter, path), field: pathText(path), key: 'plans.import.error.reminderRule', vars: { message: problem.message } });
    }
    return undefined;
  }
  return fromPlanFile(parsed.data, reminders, problems);
}
