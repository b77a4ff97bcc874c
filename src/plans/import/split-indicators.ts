/**
 * Small words after which a sentence goes on, so a capital letter after
 * them starts a name, not a new indicator ("Beslut i Kommunfullmäktige").
 */
const joiningWords = new Set([
  'i', 'till', 'med', 'av', 'på', 'för', 'och', 'hos', 'från', 'om', 'inom', 'mot', 'genom', 'enligt', 'vid', 'under',
  'samt', 'eller', 'att', 'som', 'en', 'ett', 'den', 'det', 'de', 'per', 'via', 'åt', 'mellan', 'efter', 'före', 'inför', 'kring', 'utan',
]);

function splitLine(line: string, guessSentences: boolean): string[] {
  const pieces = line.split(/\s{2,}|\s+[•▪●◦]\s+|^[•▪●◦-]\s+/u);
  if (!guessSentences) return pieces;
  return pieces.flatMap((piece) => {
    const words = piece.split(' ');
    const out: string[][] = [[]];
    words.forEach((word, i) => {
      const previous = words[i - 1];
      const next = words[i + 1];
      const startsSentence =
        previous !== undefined &&
        next !== undefined &&
        /^\p{Lu}\p{Ll}+$/u.test(word) &&
        /^\p{Ll}/u.test(next) &&
        (/\.$/u.test(previous) || (/^\p{Ll}+$/u.test(previous) && !joiningWords.has(previous)));
      if (startsSentence) out.push([]);
      out[out.length - 1]!.push(word);
    });
    return out.map((w) => w.join(' '));
  });
}

/**
 * Splits an indicators cell into its indicators. Line breaks, bullets and
 * double spaces always separate. Text extracted from a PDF table has lost
 * its line breaks ("… i nämnd Riktlinjerna är förankrade …"); with
 * `guessSentences` a capitalised word followed by a lower-case one, after a
 * full stop or an ordinary lower-case word, starts a new indicator.
 */
export function splitIndicators(cell: string, options: { guessSentences: boolean }): string[] {
  return cell
    .split(/\r?\n|;\s+(?=\p{Lu})/u)
    .flatMap((line) => splitLine(line.trim(), options.guessSentences))
    .map((s) => s.replace(/\s+/g, ' ').replace(/^[-–•▪●◦*]\s*/u, '').trim())
    .filter((s) => s !== '');
}
