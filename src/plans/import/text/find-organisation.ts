/** Capitalised words that begin a sentence about some municipality, not a name ("Varje kommun"). */
const notNames = new Set(['varje', 'en', 'ett', 'den', 'denna', 'vår', 'hela', 'berörd', 'annan', 'samma', 'egen', 'alla', 'sin', 'din', 'er', 'vilken', 'per', 'annat', 'varje']);

function titleCase(word: string): string {
  return word
    .toLocaleLowerCase('sv-SE')
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase('sv-SE') + part.slice(1))
    .join('-');
}

/** The letterhead of many plans: "NORRTÄLJE" on one line and "KOMMUN" on the next. */
function fromLetterhead(lines: readonly string[]): string | undefined {
  const plain = lines.map((l) => l.trim()).filter((l) => l !== '');
  for (let i = 0; i < Math.min(plain.length - 1, 40); i++) {
    const place = plain[i]!;
    const kind = plain[i + 1]!;
    if (/^\p{Lu}[\p{Lu}-]{2,}$/u.test(place) && /^(KOMMUN|STAD|REGION)$/u.test(kind)) return `${titleCase(place)} ${kind.toLocaleLowerCase('sv-SE')}`;
    const oneLine = /^(\p{Lu}[\p{Lu}-]{2,})\s+(KOMMUN|STAD|REGION)$/u.exec(place);
    if (oneLine) return `${titleCase(oneLine[1]!)} ${oneLine[2]!.toLocaleLowerCase('sv-SE')}`;
  }
  return undefined;
}

/** "Organisation: Norrtälje kommun", "Kommun: …" fields at the top of a document. */
function fromField(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const match = /^(?:organisation|kommun|myndighet)\s*:\s*(\S.*)$/iu.exec(line.trim());
    if (match) return match[1]!.trim();
  }
  return undefined;
}

/**
 * The municipality a plan document belongs to: its letterhead
 * ("NORRTÄLJE / KOMMUN"), an "Organisation:" field, or else the
 * "<Namn> kommun" the text mentions most ("Oskarshamns kommun", also
 * counting the genitive "Oskarshamns kommuns").
 */
export function findOrganisation(lines: readonly string[]): string | undefined {
  const direct = fromLetterhead(lines) ?? fromField(lines);
  if (direct) return direct;
  const counts = new Map<string, number>();
  const pattern = /(?<![\p{L}])(\p{Lu}[\p{L}-]+) (kommun|stad|region)s?(?![\p{L}])/gu;
  for (const line of lines) {
    for (const match of line.matchAll(pattern)) {
      if (notNames.has(match[1]!.toLocaleLowerCase('sv-SE'))) continue;
      const name = `${match[1]} ${match[2]}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
