import { plainLine } from './plain-line.js';

const yearRangeAtEnd = /(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/u;

/**
 * The plan's name: the title line that says "handlingsplan" and ends with
 * its years ("Socialnämndens handlingsplan mot välfärdsbrott och otillåten
 * påverkan 2024-2025", "Handlingsplan för arbetet mot välfärdsbrottslighet
 * 2026–2028"). When a document (a protocol with the plan attached) names it
 * several times, the most frequent wins; an attachment reference
 * ("Bilaga 1 - …") is not a name.
 */
export function findPlanName(lines: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  const order: string[] = [];
  for (const line of lines) {
    if (line.includes('\t')) continue;
    const text = plainLine(line);
    if (text.length < 12 || text.length > 160 || /[.:]$/.test(text) || /^bilaga\b/iu.test(text)) continue;
    if (!/handlingsplan/iu.test(text) || !yearRangeAtEnd.test(text)) continue;
    if (!counts.has(text)) order.push(text);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const name of order) if (best === undefined || counts.get(name)! > counts.get(best)!) best = name;
  return best;
}
