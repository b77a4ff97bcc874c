import { unitDisplayName, unitKey } from './units-repository.js';

/**
 * Phrases after which a responsible text names partners, decision bodies or
 * reporting duties rather than owners: "i samverkan med polisen", "och beslut
 * av Kommunfullmäktige", "och rapportering till berörd nämnd".
 */
const notOwners =
  /(?:^|\s+)(?:(?:och|samt)\s+)?(?:i samverkan med|i samarbete med|i dialog med|med stöd av|med hjälp av|på uppdrag av|efter samråd med|i samråd med|(?:efter |för )?beslut (?:av|i|från)|(?:åter)?rapportering till|rapporterar till|rapport till|som rapporterar till)\b.*$/iu;

/** Owners named together with "tillsammans med" are co-owners. */
const coOwners = /\s+tillsammans med\s+/iu;

/** A name that enumerates its subject areas ("Enhet för säkerhet, beredskap och …"). */
const enumeratingName = /^(?:enhet(?:en)?|avdelning(?:en)?|sektion(?:en)?|område(?:t)?|kontor(?:et)?|stab(?:en)?|förvaltning(?:en)?|funktion(?:en)?|gruppen|grupp)\s+för\s/iu;

/** Swedish definite form: "samordnarna", "ekonomiavdelningen", "kontoret". */
function isDefinite(word: string): boolean {
  return word.length >= 5 && /(?:arna|erna|orna|rna|ena|en|et)$/u.test(word.toLocaleLowerCase('sv-SE'));
}

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0] ?? '';
}

function startsUpper(text: string): boolean {
  const c = text.trim().charAt(0);
  return c !== '' && c === c.toLocaleUpperCase('sv-SE') && c !== c.toLocaleLowerCase('sv-SE');
}

/** True when a piece of text reads as an owner on its own (a name, or a unit in definite form). */
function standsAlone(part: string): boolean {
  return startsUpper(part) || isDefinite(firstWord(part));
}

/**
 * Commas separate owners, except inside a name that enumerates its areas:
 * "Enhet för säkerhet, beredskap och systemförvaltning" is one unit, while
 * "Digitaliseringsavdelningen, Säkerhetsavdelningen, samordnarna" is three.
 */
function splitOnCommas(text: string): string[] {
  const parts: string[] = [];
  for (const raw of text.split(/\s*,\s*/u)) {
    const part = raw.trim();
    if (part === '') continue;
    const previous = parts[parts.length - 1];
    const continuesName =
      previous !== undefined && !startsUpper(part) && (enumeratingName.test(previous) ? !isDefinite(firstWord(part)) : !standsAlone(part));
    if (continuesName) parts[parts.length - 1] = `${previous}, ${part}`;
    else parts.push(part);
  }
  return parts;
}

/**
 * "och" joins two owners only when both halves stand alone ("Säkerhetsavdelningen
 * och samordnarna"); it stays inside names such as "Enhet för mottagning och
 * ekonomiskt bistånd", "Avdelningen stöd och utveckling" and the compound
 * "Familjehem- och insatsenhet Skadligt bruk och beroende".
 */
function splitOnAnd(text: string): string[] {
  if (enumeratingName.test(text)) return [text];
  const pieces = text.split(/\s+och\s+/u);
  if (pieces.length < 2) return [text];
  const out: string[] = [pieces[0]!];
  for (const piece of pieces.slice(1)) {
    const left = out[out.length - 1]!;
    const separate = !left.endsWith('-') && standsAlone(piece) && isDefinite(lastWord(left)) && isDefinite(lastWord(piece));
    if (separate) out.push(piece);
    else out[out.length - 1] = `${left} och ${piece}`;
  }
  return out;
}

function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

function clean(part: string): string {
  return part
    .replace(/^[\s\-–•*]+/u, '')
    .replace(/[\s.;:]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Resolves the "Ansvarig" cell of a measure into owner units, keeping only
 * who is responsible: partners ("i samverkan med polisen"), decision bodies
 * ("och beslut av Kommunfullmäktige") and reporting duties are dropped, and
 * co-owners ("tillsammans med samordnarna") are kept. Names are shown with a
 * capital first letter; duplicates (any case) appear once.
 */
export function resolveOwnerUnits(responsibleText: string): string[] {
  const units: string[] = [];
  const seen = new Set<string>();
  for (const rawLine of responsibleText.split(/[\n;]/u)) {
    const line = rawLine.replace(/\s+/g, ' ').trim().replace(notOwners, '');
    for (const listed of line.split(/\s+(?:&|\+|samt)\s+/u)) {
      for (const group of listed.split(coOwners)) {
        for (const commaPart of splitOnCommas(group)) {
          for (const part of splitOnAnd(commaPart)) {
            const name = clean(part);
            if (name === '' || seen.has(unitKey(name))) continue;
            seen.add(unitKey(name));
            units.push(unitDisplayName(name));
          }
        }
      }
    }
  }
  return units;
}
