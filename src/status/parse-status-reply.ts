import { knownKeys } from '../known-keys.js';
import { isIsoDate, isoDate, lastDayOfMonth, type IsoDate } from '../calendar/iso-date.js';
import { workingDayOnOrBefore } from '../calendar/working-days.js';
import { findCodeMentions, type CodeMention } from './measure-codes.js';
import type { StatusValue } from './status.js';

/** What Tillit understood from a free-text reply. Nothing here is stored until the owner confirms it. */
export interface StatusReply {
  /** The status, when the text names exactly one without negation or hedging. */
  status: StatusValue | null;
  /** True when the text speaks of status but not unambiguously ("inte klar", "klar i april", two statuses). */
  uncertain: boolean;
  comment: string | null;
  forecastDate: IsoDate | null;
  /** Every measure code the text names, anywhere in it ("vi är försenade med 1.1 pga IT", "punkt två punkt tre"). */
  mentions: CodeMention[];
}

const phrases: Record<StatusValue, readonly string[]> = {
  not_started: ['ej påbörjad', 'ej påbörjat', 'ej påbörjats', 'inte påbörjad', 'inte påbörjat', 'inte påbörjats', 'inte börjat', 'inte startat', 'ej startad', 'ej startat', 'inte kommit igång', 'inte hunnit börja', 'inte hunnit starta', 'inte hunnit påbörja', 'not started', 'not yet started', 'have not started', "haven't started"],
  on_track: ['pågår enligt plan', 'enligt plan', 'pågår', 'på gång', 'i fas', 'går bra', 'on track', 'in progress', 'ongoing', 'going well', 'according to plan'],
  at_risk: ['risk för försening', 'risk för förseningar', 'riskerar att bli försenad', 'riskerar att bli försenat', 'riskerar att försenas', 'riskerar', 'risk', 'at risk', 'risk of delay'],
  delayed: ['försenad', 'försenat', 'försenade', 'försenas', 'försening', 'ligger efter', 'delayed', 'behind schedule', 'running late', 'late'],
  done: ['klar', 'klart', 'klara', 'färdig', 'färdigt', 'avslutad', 'avslutat', 'genomförd', 'genomfört', 'slutförd', 'slutfört', 'slutförda', 'genomförda', 'avslutade', 'färdiga', 'done', 'finished', 'completed', 'complete'],
  cancelled: ['avbruten', 'avbrutet', 'avbryts', 'avbrutits', 'inställd', 'inställt', 'struken', 'cancelled', 'canceled', 'dropped'],
};

const boundary = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every word that helps say a status ("klar", "försenade", "enligt"); such words name no measure. */
export const statusWords: ReadonlySet<string> = new Set(
  Object.values(phrases).flatMap((list) => list.flatMap((phrase) => phrase.split(' '))),
);
const matchers = (Object.entries(phrases) as Array<[StatusValue, readonly string[]]>)
  .flatMap(([status, list]) => list.map((phrase) => ({ status, phrase, re: boundary(escapeRe(phrase).replace(/ /g, '\\s+')) })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

const negations = /(?:^|\s)(?:inte|ej|icke|ingen|inget|inga|utan|aldrig|knappast|not|no|never|hardly|without|isn't|is not)\s+(?:\S+\s+)?$/u;
const future = /(?:^|\s)(?:blir|bli|ska|skall|kommer att|kommer|beräknas|bör|planeras|will|should|expected to|going to|to be)\s+(?:\S+\s+)?$/u;
const dueWords = /^\s+(?:till|i|senast|innan|före|by|in|before|until)(?![\p{L}])/u;

const months = knownKeys<number>({
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, mars: 3, mar: 3, march: 3, april: 4, apr: 4,
  maj: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, augusti: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});
const monthNames = [...months.keys()].sort((a, b) => b.length - a.length).join('|');
const datePhrase = new RegExp(
  `(?<![\\p{L}])(?:till|i|senast|innan|före|by|in|until|to|before)\\s+(?:(?:den|the)\\s+)?(?:(\\d{4}-\\d{2}-\\d{2})|(\\d{1,2})(?::[ae])?\\s+(${monthNames})\\.?(?:\\s+(\\d{4}))?|(${monthNames})\\.?(?:\\s+(\\d{4}))?)(?![\\p{L}\\p{N}])`,
  'iu',
);
const codeAtStart = /^\s*(?:(?:åtgärd(?:en)?|measure|punkt)\s+)?(\d{1,2}(?:\.\d{1,2}){1,2})(?![\d.]*\d)\s*[:,–—-]?\s*/iu;
const fillers = boundary('(?:jag|vi|är|det|den|åtgärden|status|nu|har|blivit|tyvärr|så|och|we|are|is|it|the|measure|now|has|been|unfortunately|and|just|till|to)');

/** The statuses a clause names, where, and whether one is negated or hedged ("inte klar", "blir klar i april"). */
function readStatuses(clause: string): { taken: Array<[number, number]>; found: Set<StatusValue>; uncertain: boolean } {
  const taken: Array<[number, number]> = [];
  const found = new Set<StatusValue>();
  let uncertain = false;
  for (const { status, re } of matchers) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const before = clause.slice(0, start);
      if (negations.test(before)) uncertain = true;
      else if (status === 'done' && (future.test(before) || dueWords.test(clause.slice(end)))) uncertain = true;
      else found.add(status);
    }
  }
  return { taken, found, uncertain };
}

/** The forecast a date phrase means: a day as given, a month as its last working day, always today or later. */
function forecastFrom(match: RegExpExecArray, today: IsoDate): IsoDate | null {
  const [, iso, day, dayMonth, dayYear, month, monthYear] = match;
  const thisYear = Number(today.slice(0, 4));
  if (iso) return isIsoDate(iso) ? iso : null;
  if (day && dayMonth) {
    const m = months.get(dayMonth.toLowerCase())!;
    const explicit = dayYear ? Number(dayYear) : undefined;
    const date = isoDate(explicit ?? thisYear, m, Number(day));
    if (!date) return null;
    return explicit || date >= today ? date : (isoDate(thisYear + 1, m, Number(day)) ?? null);
  }
  if (month) {
    const m = months.get(month.toLowerCase())!;
    const explicit = monthYear ? Number(monthYear) : undefined;
    let year = explicit ?? thisYear;
    if (!explicit && lastDayOfMonth(year, m) < today) year += 1;
    return workingDayOnOrBefore(lastDayOfMonth(year, m));
  }
  return null;
}

/**
 * Reads a free-text answer to a reminder ("klar", "försenad till mars,
 * väntar på IT", "risk för försening, leverantören är sen") in Swedish or
 * English. Returns undefined when the text speaks neither of a status nor
 * of a measure by its code. The status is only set when unambiguous; the first clause carries
 * the status and the rest becomes the comment (or the whole text, when the
 * first clause says more than the status).
 */
export function parseStatusReply(text: string, today: IsoDate): StatusReply | undefined {
  // Composed (a Mac's decomposed "å" matches), without invisible characters a phone or copy-paste leaves.
  const original = text.normalize('NFC').replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim();
  if (original === '') return undefined;
  const codeMatch = codeAtStart.exec(original);
  const body = codeMatch ? original.slice(codeMatch[0].length) : original;
  const cut = /[,;:!?]|\.(?=\s|$)|\s[–—-]\s/u.exec(body);
  const head = (cut ? body.slice(0, cut.index) : body).toLowerCase();
  const after = cut ? body.slice(cut.index + cut[0].length).trim() : '';
  // "Klar!!", "klar :)": what follows is punctuation or a smiley, not a comment.
  const rest = /[\p{L}\p{N}]/u.test(after) ? after : '';
  const mentions = findCodeMentions(original);

  // The first clause carries the status; when it has none, a later one may ("kontoutdragen kontrolleras nu, klart").
  let clause = head;
  let read = readStatuses(clause);
  if (read.found.size === 0 && !read.uncertain && cut) {
    clause = body.toLowerCase();
    read = readStatuses(clause);
  }
  const { taken, found } = read;
  let uncertain = read.uncertain;
  const namesMeasure = mentions.some((m) => !m.reference);
  if (found.size === 0 && !uncertain && !namesMeasure) return undefined;
  if (found.size > 1) uncertain = true;

  const date = datePhrase.exec(clause);
  let leftover = clause;
  for (const [s, e] of [...taken, ...(date ? [[date.index, date.index + date[0].length] as [number, number]] : [])].sort((a, b) => b[0] - a[0])) {
    leftover = leftover.slice(0, s) + ' ' + leftover.slice(e);
  }
  leftover = leftover.replace(fillers, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const comment = leftover === '' ? (clause === head ? rest : '') || null : body.trim() || null;
  return {
    status: found.size === 1 && !uncertain ? [...found][0]! : null,
    uncertain: uncertain || found.size !== 1,
    comment,
    forecastDate: date ? forecastFrom(date, today) : null,
    mentions,
  };
}
