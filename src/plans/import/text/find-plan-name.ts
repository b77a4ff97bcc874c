import { plainLine } from './plain-line.js';

const yearsAtEnd = /(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$/u;
/** A word for a plan: "Handlingsplan", "Åtgärdsplan", "plan", "Program", "Strategi". */
const planWord = /(?<!\p{L})(?:\p{L}*plan(?:en)?|\p{L}*program(?:met)?|strategi(?:n)?)(?!\p{L})/iu;

function candidate(line: string): string | undefined {
  if (line.includes('\t')) return undefined;
  const text = plainLine(line);
  if (text.length < 12 || text.length > 160 || /[.:;,]$/.test(text) || /^bilaga\b/iu.test(text)) return undefined;
  return planWord.test(text) ? text : undefined;
}

/**
 * The plan's name: a title line that names a plan ("handlingsplan",
 * "åtgärdsplan", "plan", "program") and ends with its year or years
 * ("Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan
 * 2024-2025", "Handlingsplan mot välfärdsbrott 2026"); when a document (a
 * protocol with the plan attached) names it several times, the most
 * frequent wins. Without years, the first such line near the top of the
 * document. An attachment reference ("Bilaga 1 - …") or a sentence is not a name.
 */
export function findPlanName(lines: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  const order: string[] = [];
  for (const line of lines) {
    const text = candidate(line);
    if (!text || !yearsAtEnd.test(text)) continue;
    if (!counts.has(text)) order.push(text);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const name of order) if (best === undefined || counts.get(name)! > counts.get(best)!) best = name;
  if (best) return best;
  const top = lines.filter((l) => plainLine(l) !== '').slice(0, 15);
  for (const line of top) {
    const text = candidate(line);
    if (text && !/\s(?:är|ska|har|som)\s/u.test(text)) return text;
  }
  return undefined;
}
