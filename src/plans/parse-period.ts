import { knownKeys } from '../known-keys.js';
import { isoDate, lastDayOfMonth, type IsoDate } from '../calendar/iso-date.js';
import type { DatedPeriodKind, Period } from './period.js';

const months = knownKeys<number>({
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  maj: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augusti: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
});
const monthPattern = [...months.keys()].sort((a, b) => b.length - a.length).join('|');
const ordinals = knownKeys<number>({ första: 1, andra: 2, tredje: 3, fjärde: 4, first: 1, second: 2, third: 3, fourth: 4 });

/** Words that only say "no later than" or "during" and do not change the period. */
const fillers = /^(?:klart? senast|senast|under|i|till och med|t\.?o\.?m\.?|tom|by|in|during|slutet av|end of)\s+/;

const continuous =
  /^(?:löpande|pågående|årligen|kontinuerligt|kontinuerlig|återkommande|fortlöpande|ständigt|regelbundet|årsvis|varje (?:år|halvår|månad|kvartal|tertial|vecka)|(?:en gång|(?:två|tre|fyra) gånger) (?:per|om|i) (?:året|år|halvåret|terminen)|halvårsvis|kvartalsvis|tertialvis|månadsvis|veckovis|ongoing|continuous(?:ly)?|annually|recurring)\b/;
const external =
  /(?:ansvarar för tidplanen|ansvarar för tidsplanen|enligt .*tids?plan|tids?planen? (?:bestäms|styrs|sätts|beslutas) av|styrs av|beroende av|extern tidsplan|extern tidplan|avvaktar)/;

function year(value: string): number | undefined {
  const y = Number(value.length === 2 ? `20${value}` : value);
  return Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : undefined;
}

function dated(kind: DatedPeriodKind, from: IsoDate | undefined, to: IsoDate | undefined, text: string): Period | undefined {
  return from && to && from <= to ? { kind, from, to, text } : undefined;
}

function monthSpan(kind: DatedPeriodKind, y: number, firstMonth: number, lastMonth: number, text: string): Period | undefined {
  return dated(kind, isoDate(y, firstMonth, 1), lastDayOfMonth(y, lastMonth), text);
}

/** Tries every single-period form on normalised text; undefined when none fits. */
function parseSingle(s: string, text: string): Period | undefined {
  let m: RegExpExecArray | null;

  // A day: 2024-10-31, 2024/10/31, 31/10/2024, 31.10.2024, 31/10 2024, 20241031
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s)) || (m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) {
    const y = year(m[1]!);
    const d = y ? isoDate(y, Number(m[2]), Number(m[3])) : undefined;
    return dated('day', d, d, text);
  }
  if ((m = /^(\d{1,2})[./](\d{1,2})[./ ](\d{4})$/.exec(s))) {
    const y = year(m[3]!);
    const d = y ? isoDate(y, Number(m[2]), Number(m[1])) : undefined;
    return dated('day', d, d, text);
  }
  // A day in words: 31 oktober 2024, 1:a maj 2024, 31 okt. 2024
  if ((m = new RegExp(`^(\\d{1,2})(?::[ae])?\\s+(${monthPattern})\\.?,?\\s+(\\d{4})$`).exec(s))) {
    const y = year(m[3]!);
    const d = y ? isoDate(y, months.get(m[2]!)!, Number(m[1])) : undefined;
    return dated('day', d, d, text);
  }
  // A month: Maj 2024, okt-2024, maj-24, 2024-05, 05/2024
  if ((m = new RegExp(`^(${monthPattern})\\.?[\\s-]?(\\d{4}|\\d{2})$`).exec(s))) {
    const y = year(m[2]!);
    return y ? monthSpan('month', y, months.get(m[1]!)!, months.get(m[1]!)!, text) : undefined;
  }
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s)) || (m = /^(\d{1,2})\/(\d{4})$/.exec(s))) {
    const [yText, mText] = m[1]!.length === 4 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const y = year(yText);
    const mo = Number(mText);
    return y && mo >= 1 && mo <= 12 ? monthSpan('month', y, mo, mo, text) : undefined;
  }
  // A quarter: Q3 2025, kvartal 3 2025, kv3 2025, 2025 Q3, tredje kvartalet 2025
  if ((m = /^(?:q|kv|kvartal|k)\s?([1-4])[\s,-]*(\d{4})$/.exec(s))) {
    const y = year(m[2]!);
    const q = Number(m[1]);
    return y ? monthSpan('quarter', y, q * 3 - 2, q * 3, text) : undefined;
  }
  if ((m = /^(\d{4})[\s-]?(?:q|kv)\s?([1-4])$/.exec(s))) {
    const y = year(m[1]!);
    const q = Number(m[2]);
    return y ? monthSpan('quarter', y, q * 3 - 2, q * 3, text) : undefined;
  }
  if ((m = /^(första|andra|tredje|fjärde|first|second|third|fourth) (?:kvartalet|quarter(?: of)?)\s+(\d{4})$/.exec(s))) {
    const q = ordinals.get(m[1]!)!;
    const y = year(m[2]!);
    return y ? monthSpan('quarter', y, q * 3 - 2, q * 3, text) : undefined;
  }
  // A tertial: Tertial 2 2026, T2 2026, andra tertialet 2026
  if ((m = /^(?:t|tertial)\s?([1-3])[\s,-]*(\d{4})$/.exec(s))) {
    const t = Number(m[1]);
    const y = year(m[2]!);
    return y ? monthSpan('tertial', y, t * 4 - 3, t * 4, text) : undefined;
  }
  if ((m = /^(första|andra|tredje) tertialet\s+(\d{4})$/.exec(s))) {
    const t = ordinals.get(m[1]!)!;
    const y = year(m[2]!);
    return y ? monthSpan('tertial', y, t * 4 - 3, t * 4, text) : undefined;
  }
  // A half year: Andra halvan av 2028, första halvåret 2027, H2 2028, halvår 1 2027
  if (
    (m = /^(första|andra|first|second) (?:halvan|halvåret|halvår|half)(?: av| under| of)?\s+(\d{4})$/.exec(s))
  ) {
    const h = ordinals.get(m[1]!)!;
    const y = year(m[2]!);
    return y ? monthSpan('half', y, h === 1 ? 1 : 7, h === 1 ? 6 : 12, text) : undefined;
  }
  if ((m = /^(?:h|halvår)\s?([12])[\s,-]*(\d{4})$/.exec(s))) {
    const h = Number(m[1]);
    const y = year(m[2]!);
    return y ? monthSpan('half', y, h === 1 ? 1 : 7, h === 1 ? 6 : 12, text) : undefined;
  }
  // A season: Våren 2026, Hösten 2026, VT 2026, HT-26, sommaren 2026
  if ((m = /^(våren|vår|vårterminen|vt|spring|hösten|höst|höstterminen|ht|autumn|fall|sommaren|sommar|summer)[\s-]?(\d{4}|\d{2})$/.exec(s))) {
    const y = year(m[2]!);
    if (!y) return undefined;
    const w = m[1]!;
    if (/^(vår|vt|spring)/.test(w)) return monthSpan('season', y, 1, 6, text);
    if (/^(höst|ht|autumn|fall)/.test(w)) return monthSpan('season', y, 8, 12, text);
    return monthSpan('season', y, 6, 8, text);
  }
  // A year: 2026, år 2027, helår 2026
  if ((m = /^(?:år |helår |året |year )?(\d{4})$/.exec(s))) {
    const y = year(m[1]!);
    return y ? dated('year', isoDate(y, 1, 1), isoDate(y, 12, 31), text) : undefined;
  }
  return undefined;
}

/** "2024–2025", "maj–juni 2024", "maj 2024 – februari 2025": from the first to the last. */
function parseRange(s: string, text: string): Period | undefined {
  const parts = s.split(/\s*-\s*/);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  const end = parseSingle(parts[1], text);
  if (!end || end.from === null) return undefined;
  let start = parseSingle(parts[0], text);
  if (!start) start = parseSingle(`${parts[0]} ${end.to.slice(0, 4)}`, text);
  if (!start || start.from === null) return undefined;
  return dated('range', start.from, end.to, text);
}

/**
 * Reads a start or deadline as written in a Swedish plan ("Maj 2024",
 * "Q3 2025", "Andra halvan av 2028", "Löpande", "Hultsfreds kommun ansvarar
 * för tidplanen"). Text it cannot read becomes kind "unknown" with the text
 * kept: it is flagged, never guessed.
 */
export function parsePeriod(written: string | null | undefined): Period {
  const text = (written ?? '').replace(/\s+/g, ' ').trim();
  let s = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\.$/, '')
    .trim();
  if (s === '' || s === '-') return { kind: 'unknown', from: null, to: null, text };
  if (continuous.test(s)) return { kind: 'continuous', from: null, to: null, text };
  if (external.test(s)) return { kind: 'external', from: null, to: null, text };
  while (fillers.test(s)) s = s.replace(fillers, '');
  const period = parseSingle(s, text) ?? parseRange(s, text);
  return period ?? { kind: 'unknown', from: null, to: null, text };
}
