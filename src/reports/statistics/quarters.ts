import type { IsoDate } from '../../calendar/iso-date.js';

/** The quarter a day falls in, as "2026-Q3". */
export function quarterOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The quarter before ("2026-Q1" → "2025-Q4"). */
export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** Every quarter from `first` to `last`, inclusive, in order. */
export function quartersBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let q = last;
  while (q >= first) {
    out.unshift(q);
    q = previousQuarter(q);
  }
  return out;
}
