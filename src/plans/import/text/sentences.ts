import { plainLine } from './plain-line.js';

/**
 * The prose of a document as sentences: lines joined into paragraphs
 * (blank lines and table rows separate them), paragraphs split after a
 * full stop followed by a capital letter.
 */
export function sentences(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of lines) {
    const text = plainLine(line);
    if (text === '' || line.includes('\t')) flush();
    else current.push(text);
  }
  flush();
  return paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+(?=\p{Lu})/u)).map((s) => s.replace(/\s+/g, ' ').trim());
}
