import { parsePeriod } from '../parse-period.js';
import type { MeasureDraft } from '../measure.js';
import { resolveOwnerUnits } from '../resolve-owners.js';
import type { ProblemCollector, SourceLocation } from './import-problem.js';
import { splitIndicators } from './split-indicators.js';
import { rowPlace } from './table/table-row.js';
import type { RawMeasure } from './table/raw-measure.js';

/** Longest text Tillit keeps in one cell; longer is a sign of a wrongly split file. */
export const maxCellLength = 4000;
const codePattern = /^[\p{L}\p{N}][\p{L}\p{N}.\-_/]{0,19}$/u;

/** A raw measure with the goal area it was found under. */
export interface PlacedMeasure {
  raw: RawMeasure;
  goalAreaNumber: string | null;
}

function at(raw: RawMeasure, field: keyof RawMeasure['headings'], fallback: string): SourceLocation {
  // A code written at the start of the measure text has no column of its own.
  const heading = raw.headings[field] ?? (field === 'code' ? raw.headings.title : undefined);
  return { ...rowPlace(raw), field: heading ?? fallback };
}

function readPeriod(raw: RawMeasure, which: 'start' | 'deadline', problems: ProblemCollector) {
  const period = parsePeriod(raw[which]);
  const where = at(raw, which, which === 'start' ? 'Start' : 'Klar senast');
  if (period.kind === 'unknown' && period.text !== '') problems.warn({ ...where, key: 'plans.import.warning.periodUnknown', vars: { text: period.text } });
  if (which === 'deadline' && period.text === '') problems.warn({ ...where, key: 'plans.import.warning.deadlineMissing' });
  return period;
}

/**
 * Turns table rows into measures: periods parsed (unreadable ones kept as
 * "unknown" and warned about), owners resolved, indicators split. Rows
 * without a measure text, codes used twice and codes missing in a table
 * that otherwise has them are errors. A table with no codes at all is
 * numbered in order (and warned about, since revisions match on codes).
 */
export function buildMeasures(placed: readonly PlacedMeasure[], problems: ProblemCollector, options: { guessSentences: boolean }): MeasureDraft[] {
  const noCodes = placed.length > 0 && placed.every((p) => p.raw.code === null);
  if (noCodes) problems.warn({ key: 'plans.import.warning.codesGenerated', vars: { count: placed.length } });
  const counters = new Map<string, number>();
  const firstLine = new Map<string, RawMeasure>();
  const measures: MeasureDraft[] = [];
  for (const { raw, goalAreaNumber } of placed) {
    for (const field of ['title', 'responsible', 'start', 'deadline', 'indicators', 'notes'] as const) {
      if (raw[field].length > maxCellLength) problems.error({ ...at(raw, field, field), key: 'plans.import.error.cellTooLong', vars: { max: maxCellLength } });
    }
    let code = raw.code;
    if (code === null && noCodes) {
      const prefix = goalAreaNumber ?? '';
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      code = prefix ? `${prefix}.${n}` : String(n);
    }
    if (code === null) {
      if (raw.title === '') problems.error({ ...at(raw, 'title', 'Åtgärd'), key: 'plans.import.error.rowWithoutMeasure' });
      else problems.error({ ...at(raw, 'code', 'Nr'), key: 'plans.import.error.codeMissing' });
      continue;
    }
    if (!codePattern.test(code)) problems.error({ ...at(raw, 'code', 'Nr'), key: 'plans.import.error.codeInvalid', vars: { code } });
    const earlier = firstLine.get(code);
    if (earlier) problems.error({ ...at(raw, 'code', 'Nr'), key: 'plans.import.error.codeDuplicate', vars: { code, firstLine: earlier.line } });
    else firstLine.set(code, raw);
    if (raw.title === '') problems.error({ ...at(raw, 'title', 'Åtgärd'), key: 'plans.import.error.titleMissing', vars: { code } });
    if (raw.responsible === '') problems.warn({ ...at(raw, 'responsible', 'Ansvarig'), key: 'plans.import.warning.responsibleMissing', vars: { code } });
    const start = readPeriod(raw, 'start', problems);
    const deadline = readPeriod(raw, 'deadline', problems);
    if (start.from !== null && deadline.to !== null && start.from > deadline.to) {
      problems.warn({ ...at(raw, 'deadline', 'Klar senast'), key: 'plans.import.warning.startAfterDeadline', vars: { start: start.text, deadline: deadline.text } });
    }
    measures.push({
      code,
      goalAreaNumber,
      title: raw.title.replace(/\s+/g, ' '),
      responsibleText: raw.responsible.replace(/\s+/g, ' '),
      ownerUnits: resolveOwnerUnits(raw.responsible),
      start,
      deadline,
      indicators: splitIndicators(raw.indicators, options),
      notes: raw.notes === '' ? null : raw.notes,
    });
  }
  return measures;
}
