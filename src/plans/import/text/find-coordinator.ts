import { plainLine } from './plain-line.js';
import { sentences } from './sentences.js';

/**
 * Who coordinates the plan, as written: an "Ansvarig för dokumentet:" or
 * "Samordnare:" field, else the subject of "… ansvarar för uppföljning"
 * or "… har ett samordnande ansvar".
 */
export function findCoordinator(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const field = /^(?:ansvarig för dokumentet|samordnare|samordningsansvarig|planansvarig)\s*:\s*(\S.*)$/iu.exec(plainLine(line));
    if (field) return field[1]!.trim();
  }
  const prose = sentences(lines);
  for (const pattern of [/^(.{3,120}?) ansvarar för uppföljning/u, /^(.{3,120}?) har (?:ett|det) samordnande ansvar/u]) {
    for (const sentence of prose) {
      const match = pattern.exec(sentence);
      if (match) return match[1]!.trim();
    }
  }
  return undefined;
}
