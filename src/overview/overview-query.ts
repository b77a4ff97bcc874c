import type { IsoDate } from '../calendar/iso-date.js';
import { parsePeriod } from '../plans/parse-period.js';

/** What a person asked the overview for. */
export type OverviewTarget = { kind: 'plans' } | { kind: 'goalArea'; number: string } | { kind: 'measure'; code: string };

export interface OverviewQuery {
  target: OverviewTarget;
  /** "per 31 mars 2025", "2025-03-31": the day to look back to. */
  asOf?: IsoDate;
  /** A plan key such as "norrtalje-2024-2025", when several plans share codes. */
  planKey?: string;
}

const areaWords = 'målområde|målområdet|aktivitetsområde|aktivitetsområdet|fokusområde|fokusområdet|område|området|mål|goal area|area|focus area';
const fillers = new Set(['handlingsplan', 'handlingsplanen', 'planen', 'plan', 'för', 'med', 'i', 'om', 'the', 'of', 'for', 'in', 'åtgärd', 'åtgärden', 'measure']);

/**
 * Reads the words after "status": "" (every plan), "2.3" (a measure),
 * "Målområde 2" / "aktivitetsområde 4" / "2" (a goal area), optionally a
 * plan key and "per DATE". Undefined when something is left it does not
 * understand, so the person is told instead of shown a guess.
 */
export function parseOverviewQuery(rest: string): OverviewQuery | undefined {
  let text = ` ${rest.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  let asOf: IsoDate | undefined;

  const per = /\s(?:per|as of|den)\s+(.+?)\s*$/.exec(text);
  if (per) {
    const period = parsePeriod(per[1]);
    if (period.kind !== 'day') return undefined;
    asOf = period.from;
    text = text.slice(0, per.index) + ' ';
  }
  const iso = /\s(\d{4}-\d{2}-\d{2})\s/.exec(text);
  if (!asOf && iso) {
    const period = parsePeriod(iso[1]);
    if (period.kind !== 'day') return undefined;
    asOf = period.from;
    text = text.replace(iso[0], ' ');
  }

  let target: OverviewTarget = { kind: 'plans' };
  const area = new RegExp(`\\s(?:${areaWords})\\s*(\\d{1,2})\\s`).exec(text);
  if (area) {
    target = { kind: 'goalArea', number: String(Number(area[1])) };
    text = text.replace(area[0], ' ');
  }
  const code = /\s(\d{1,2}\.\d{1,3}[a-z]?)\s/.exec(text);
  if (code) {
    if (target.kind !== 'plans') return undefined;
    target = { kind: 'measure', code: code[1]! };
    text = text.replace(code[0], ' ');
  }

  let planKey: string | undefined;
  for (const word of text.trim().split(' ').filter(Boolean)) {
    if (fillers.has(word)) continue;
    if (/^\d{1,2}$/.test(word) && target.kind === 'plans') target = { kind: 'goalArea', number: String(Number(word)) };
    else if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(word) && !planKey) planKey = word;
    else return undefined;
  }
  return { target, ...(asOf ? { asOf } : {}), ...(planKey ? { planKey } : {}) };
}

/** Why the words after "status" could not be read: a date that does not exist, or something else. */
export type OverviewQueryProblem = { kind: 'invalid_date'; written: string } | { kind: 'not_understood' };

const looksLikeDate = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?::[ae])?\s+\p{L}+\.?\s+\d{4}|\d{1,2}\/\d{1,2}(?:\s+\d{4})?)$/u;

/**
 * Explains a query parseOverviewQuery could not read: "per 31 februari
 * 2025" and "2025-02-30" are dates that do not exist (a normal answer, not a
 * fault); anything else was not understood.
 */
export function overviewQueryProblem(rest: string): OverviewQueryProblem {
  const text = ` ${rest.replace(/\s+/g, ' ').trim()} `;
  const per = /\s(?:per|as of|den)\s+(.+?)\s*$/iu.exec(text);
  if (per && looksLikeDate.test(per[1]!.trim())) return { kind: 'invalid_date', written: per[1]!.trim() };
  const iso = /\s(\d{4}-\d{1,2}-\d{1,2})\s/u.exec(text);
  if (iso) return { kind: 'invalid_date', written: iso[1]! };
  return { kind: 'not_understood' };
}
