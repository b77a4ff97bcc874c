import { isReferenceAt } from './measure-codes.js';

/** A measure as the title matcher sees it. */
export interface TitledMeasure {
  id: string;
  title: string;
}

/** What the words of a reply say about which measure it is: one, a few to choose from, or nothing. */
export type TitleMatch = { kind: 'one'; measureId: string } | { kind: 'several'; measureIds: string[] } | { kind: 'none' };

/** Words too common in replies and plan titles to tell measures apart. */
const stopWords = new Set(
  (
    'och eller samt för att med som inom till från av det den detta denna dessa där här vid kring utifrån gällande avseende respektive ' +
    'över under efter mellan hela alla samtliga våra vårt vår vi jag ni de dom är var har hade nu lite mycket också även inte men ' +
    'eftersom pga grund blir blev blivit varit vara kommer ska skall skulle kan kunde måste behöver just redan snart vecka veckor ' +
    'veckan månad månaden dagar igen helt ännu fortfarande tyvärr bara något några någon ingen inget inga sedan sen innan före ' +
    'när vad vilken vilket hur mitt min mina dina din ditt hos dock alltså också väldigt ganska rätt mest mer mindre ' +
    'åtgärd åtgärden åtgärder åtgärderna punkt punkten status läget plan planen handlingsplan handlingsplanen ' +
    'genomföra genomför införa skapa utveckla säkerställ säkerställa upprätta framtagande implementera arbeta arbetet arbete ' +
    'tydliga tydliggöra kommun kommunens förvaltningen förvaltningens berörda verksamheter verksamheten ' +
    'with that this have been will from into about also still just which what when where there their they them'
  ).split(' '),
);

const suffixes = ['arnas', 'ernas', 'ornas', 'ningarna', 'ningen', 'ningar', 'arna', 'erna', 'orna', 'heten', 'ande', 'ende', 'ning', 'na', 'en', 'et', 'er', 'ar', 'or', 'ad', 'at', 'as', 'a', 'e', 's', 't', 'n'];

/** A crude Swedish stem: enough that "riktlinjerna" and "riktlinjer" meet. */
function stem(word: string): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

interface Token {
  stem: string;
  index: number;
}

function tokens(text: string, skip: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = m[0];
    if (word.length < 4 || stopWords.has(word) || skip.has(word)) continue;
    const s = stem(word);
    if (stopWords.has(s)) continue;
    out.push({ stem: s, index: m.index });
  }
  return out;
}

/** At most one letter wrong, missing, extra or swapped (Damerau–Levenshtein ≤ 1). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return true;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * How well two stems meet: 2 when equal, one starts the other (5+ letters)
 * or one typo apart (6+); 1 when a compound ends in the other (7+,
 * "bakgrundskontroll" and "kontroll"); 0 otherwise.
 */
function sameWord(text: string, title: string): number {
  if (text === title) return 2;
  const [short, long] = text.length <= title.length ? [text, title] : [title, text];
  if (short.length >= 5 && long.startsWith(short)) return 2;
  if (short.length >= 6 && withinOneEdit(text, title)) return 2;
  return short.length >= 7 && long.endsWith(short) ? 1 : 0;
}

/**
 * Which of `candidates` the words of `text` name by title ("rutinen för
 * fakturagranskning är klar", "tipsfunktionen är försenad"), allowing a
 * typo. Only a word that belongs to one title alone tells a measure apart;
 * a single such word must be long (8+ letters) unless a second word agrees.
 * Words right after "väntar på", "ersatt av" … point at another measure and
 * do not count. `skip` holds words that carry the status ("klar", "försenad").
 */
export function matchTitles(text: string, candidates: readonly TitledMeasure[], skip: ReadonlySet<string> = new Set()): TitleMatch {
  if (candidates.length === 0) return { kind: 'none' };
  const titleStems = candidates.map((c) => tokens(c.title, new Set()).map((t) => t.stem));
  const distinctive = new Map<number, string[]>();
  const shared = new Map<number, number>();
  for (const token of tokens(text, skip)) {
    if (isReferenceAt(text.toLowerCase(), token.index)) continue;
    const grades = titleStems.map((stems) => Math.max(0, ...stems.map((s) => sameWord(token.stem, s))));
    const top = Math.max(...grades);
    // A word that meets one title closely and another only as part of a compound names the first.
    const hits = top === 0 ? [] : grades.flatMap((g, i) => (g === top ? [i] : []));
    if (hits.length === 1) distinctive.set(hits[0]!, [...(distinctive.get(hits[0]!) ?? []), token.stem]);
    for (const i of hits) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  const named = [...distinctive.keys()];
  if (named.length === 1) {
    const i = named[0]!;
    const own = new Set(distinctive.get(i));
    const strong = own.size >= 2 || (shared.get(i) ?? 0) >= 2 || [...own].some((s) => s.length >= 8);
    return strong ? { kind: 'one', measureId: candidates[i]!.id } : { kind: 'several', measureIds: [candidates[i]!.id] };
  }
  if (named.length > 1) return { kind: 'several', measureIds: named.map((i) => candidates[i]!.id) };
  const best = Math.max(0, ...shared.values());
  if (best >= 2) return { kind: 'several', measureIds: [...shared.entries()].filter(([, n]) => n === best).map(([i]) => candidates[i]!.id) };
  return { kind: 'none' };
}
