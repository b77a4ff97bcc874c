import { parsePeriod } from '../../parse-period.js';
import type { FollowUp } from '../../plan.js';
import { sentences } from './sentences.js';

const kinds: Array<[FollowUp['kind'], RegExp]> = [
  ['finalReport', /slutrapport|slutredovis/iu],
  ['statusReport', /statusrapport|lägesrapport|delrapport/iu],
  ['followUp', /uppföljning|följ(?:s|as|a)\b(?:\s+\p{L}+)?\s+upp\b|utvärdering/iu],
];

const month = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
/** Phrases that name when something happens: a day, month, season, quarter, tertial or half year. */
const datedPhrase = new RegExp(
  [
    `\\d{4}-\\d{2}-\\d{2}`,
    `\\d{1,2} (?:${month}) \\d{4}`,
    `(?:${month}) \\d{4}`,
    `(?:våren|hösten|sommaren|vårterminen|höstterminen) \\d{4}`,
    `(?:första|andra|tredje|fjärde) (?:kvartalet|tertialet|halvåret|halvan av) \\d{4}`,
    `(?:q|kvartal |tertial |t)[1-4] \\d{4}`,
  ].join('|'),
  'giu',
);
/** Words before a date that make it about something else ("rapporten från december 2024"). */
const notWhen = /(?:från|sedan|inför|för|efter|av)\s+$/iu;
const recurring = /(?<!\p{L})(två gånger (?:om|per) året|en gång (?:om|per) året|varje (?:år|halvår|kvartal|tertial|månad)|årligen|halvårsvis|kvartalsvis|tertialvis|månadsvis|löpande)(?!\p{L})/iu;

function when(sentence: string) {
  for (const match of sentence.matchAll(datedPhrase)) {
    if (notWhen.test(sentence.slice(0, match.index))) continue;
    const period = parsePeriod(match[0]);
    if (period.from !== null) return { ...period, text: match[0] };
  }
  const again = recurring.exec(sentence);
  if (again) {
    const text = again[1]!.charAt(0).toLocaleUpperCase('sv-SE') + again[1]!.slice(1);
    return parsePeriod(text);
  }
  return undefined;
}

/**
 * The committee follow-ups a plan promises, from sentences such as "Den
 * avslutade uppföljningen ska genomföras i mars 2025", "Slutrapportering …
 * sker i augusti 2025", "Två gånger om året lämnar samordnarna statusrapport"
 * and "Handlingsplanen följs upp hösten 2028". Each keeps its sentence as a
 * note. A follow-up with no time in its sentence is not one Tillit can plan for.
 */
export function findFollowUps(lines: readonly string[]): FollowUp[] {
  const found: FollowUp[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences(lines)) {
    if (sentence.length > 400) continue;
    const kind = kinds.find(([, pattern]) => pattern.test(sentence))?.[0];
    if (!kind) continue;
    const period = when(sentence);
    if (!period) continue;
    const key = `${kind}|${period.kind}|${period.from}|${period.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ kind, period, note: sentence });
  }
  return found;
}
