/**
 * Finds measure codes ("2.3", "4.10", "1.2.1") anywhere in a free-text
 * reply: mid-sentence ("vi är försenade med 1.1 pga IT"), after "punkt",
 * "åtgärd" or "nr", with a decimal comma after such a word ("åtgärd 2,3"),
 * and in words ("åtgärd två punkt tre"). A code that only points at another
 * measure ("ersatt av 3.1", "väntar på 1.2", "allt utom 2.4") is kept apart,
 * as is a number that is a date, a time or an amount ("till 15.3",
 * "kl 13.30", "1.5 miljoner").
 */

/** One code in the text and whether the text speaks *of* it or only points at it. */
export interface CodeMention {
  code: string;
  /** True when the code only refers to another measure ("ersatt av 3.1"). */
  reference: boolean;
  /** Where in the text the mention starts. */
  index: number;
}

const numberWords = new Map<string, number>([
  ['ett', 1], ['en', 1], ['etta', 1], ['ettan', 1], ['one', 1],
  ['två', 2], ['tvåa', 2], ['tvåan', 2], ['two', 2],
  ['tre', 3], ['trea', 3], ['trean', 3], ['three', 3],
  ['fyra', 4], ['fyran', 4], ['four', 4],
  ['fem', 5], ['femma', 5], ['femman', 5], ['five', 5],
  ['sex', 6], ['sexa', 6], ['sexan', 6], ['six', 6],
  ['sju', 7], ['sjua', 7], ['sjuan', 7], ['seven', 7],
  ['åtta', 8], ['åttan', 8], ['eight', 8],
  ['nio', 9], ['nian', 9], ['nine', 9],
  ['tio', 10], ['tian', 10], ['ten', 10],
  ['elva', 11], ['elvan', 11], ['eleven', 11],
  ['tolv', 12], ['tolvan', 12], ['twelve', 12],
]);
const numberWord = [...numberWords.keys()].sort((a, b) => b.length - a.length).join('|');
const lead = '(?:åtgärd(?:en|erna)?|punkt(?:en)?|pkt|nr|nummer|measure|item|point|number|no\\.?|p\\.?|#)';

/** "två punkt tre", "åtgärd två tre", "punkt fyra komma tio". */
const wordCode = new RegExp(
  `(?<![\\p{L}])(?:${lead}\\s+)?(${numberWord})\\s+(?:(?:punkt|komma|point|dot)\\s+)?(${numberWord})(?![\\p{L}])`,
  'giu',
);
/** "2.3", "4.10", "1.2.1"; also "2,3" and "2 . 3" but only right after a leading word. */
const digitCode = /(?<![\p{L}\p{N}.,:/-])(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?(?![\p{N}]|[.,:/-]\p{N}|\s?%)/gu;
const ledCommaCode = new RegExp(`(?<![\\p{L}])${lead}\\s*(\\d{1,2})\\s?[,.]\\s?(\\d{1,2})(?![\\p{N}])`, 'giu');

/** After these the number is a date or a time, not a code ("till 15.3", "kl 13.30"). */
const dateOrTimeBefore = /(?:^|[\s(])(?:till|den|senast|före|innan|per|från|sedan|fr\.?o\.?m\.?|t\.?o\.?m\.?|kl\.?|klockan|by|until|on|at|since|version|v\.?|vecka|veckan)\s*$/iu;
/** Before these the number is an amount ("1.5 miljoner", "2,5 timmar"). */
const amountAfter = /^\s*(?:%|procent|kr|kronor|tkr|mkr|mnkr|miljon(?:er)?|miljard(?:er)?|h|tim(?:mar|me)?|min(?:uter)?|dagar|veckor|månader|år|st|personer|tjänster|årsarbetare|heltider|hours|days|weeks|months|years|million|per cent|percent)(?![\p{L}])/iu;
/** Words that make the next code a pointer to another measure, not the one reported on. */
const referenceBefore =
  /(?:^|\s)(?:ersatt|ersatts|ersätts|ersätter|ersatte|väntar|inväntar|invänta|beroende|beror|hänger|samordnas|samordnad|samordnat|tillsammans|kopplad|kopplat|kopplas|ingår|ingick|slås|slagits|sammanslagen|stället|istället|se|som|liksom|likt|såsom|utom|förutom|utöver|replaced|waiting|depends|dependent|together|except|besides|like|see)(?:\s+(?:av|på|med|till|i|ihop|för|som|on|by|with|for|of|till|att))*\s+(?:(?:åtgärd(?:en)?|punkt(?:en)?|nr|measure|item)\s+)?$/iu;

/** True when the words just before `index` make what follows a pointer to another measure ("ersatt av …"). */
export function isReferenceAt(text: string, index: number): boolean {
  return classify(text, index);
}

function classify(text: string, index: number): boolean {
  return referenceBefore.test(text.slice(Math.max(0, index - 60), index));
}

/** Every measure code the text names, in the order written, each once (a subject mention wins over a reference). */
export function findCodeMentions(text: string): CodeMention[] {
  const found: CodeMention[] = [];
  const taken: Array<[number, number]> = [];
  const add = (code: string, index: number, end: number, reference: boolean) => {
    if (taken.some(([s, e]) => index < e && end > s)) return;
    taken.push([index, end]);
    found.push({ code, reference, index });
  };
  for (const m of text.matchAll(ledCommaCode)) {
    const start = m.index + m[0].search(/\d/u);
    add(`${Number(m[1])}.${Number(m[2])}`, m.index, m.index + m[0].length, classify(text, start));
  }
  for (const m of text.matchAll(digitCode)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length);
    if (dateOrTimeBefore.test(before) || amountAfter.test(after)) continue;
    const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
    add(parts.join('.'), m.index, m.index + m[0].length, classify(text, m.index));
  }
  for (const m of text.matchAll(wordCode)) {
    const hasLead = new RegExp(`^${lead}\\s`, 'iu').test(m[0]);
    const joined = /\s(?:punkt|komma|point|dot)\s/iu.test(m[0]);
    // Two bare number words ("en två") are no code; they need "punkt" between them or "åtgärd" before.
    if (!hasLead && !joined) continue;
    const a = numberWords.get(m[1]!.toLowerCase());
    const b = numberWords.get(m[2]!.toLowerCase());
    if (a === undefined || b === undefined) continue;
    add(`${a}.${b}`, m.index, m.index + m[0].length, classify(text, m.index));
  }
  found.sort((x, y) => x.index - y.index);
  const byCode = new Map<string, CodeMention>();
  for (const mention of found) {
    const seen = byCode.get(mention.code);
    if (!seen) byCode.set(mention.code, mention);
    else if (seen.reference && !mention.reference) byCode.set(mention.code, { ...seen, reference: false });
  }
  return [...byCode.values()];
}
