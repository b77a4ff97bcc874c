import { parsePeriod } from '../../parse-period.js';
import { plainLine } from './plain-line.js';

/** The first and last day a plan applies. */
export interface Validity {
  from?: string;
  to?: string;
}

function periodIn(text: string, edge: 'from' | 'to'): string | undefined {
  const period = parsePeriod(text.replace(/[.,;].*$/u, '').trim());
  return period[edge] ?? undefined;
}

/**
 * When a plan applies: "Gäller från och med: 2026-06-01" and
 * "Giltighetstid: 2028-12-31" fields, "gäller till och med juni 2025" in
 * the text, and else the years in the plan's name ("… 2024-2025", "… 2026").
 */
export function findValidity(lines: readonly string[], planName: string | undefined): Validity {
  const validity: Validity = {};
  for (const raw of lines) {
    const line = plainLine(raw);
    const from = /^gäller från(?: och med)?\s*:\s*(\S.*)$/iu.exec(line);
    if (from) validity.from ??= periodIn(from[1]!, 'from');
    const until = /^(?:giltighetstid|gäller till(?: och med)?|giltig till)\s*:\s*(\S.*)$/iu.exec(line);
    if (until) {
      validity.to ??= periodIn(until[1]!, 'to');
      const range = parsePeriod(until[1]!);
      if (range.kind === 'range') validity.from ??= range.from;
    }
    const inText = /gäller (?:till och med|t\.o\.m\.|fram till och med) ((?:\p{L}+ )?\d{4}(?:-\d{2}-\d{2})?)/iu.exec(line);
    if (inText) validity.to ??= periodIn(inText[1]!, 'to');
  }
  const years = planName?.match(/((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?$/u);
  if (years) {
    validity.from ??= `${years[1]}-01-01`;
    validity.to ??= `${years[2] ?? years[1]}-12-31`;
  }
  return validity;
}
