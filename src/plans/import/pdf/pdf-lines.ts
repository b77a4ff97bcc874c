import type { PdfItem, PdfPage } from './pdf-text.js';

/** Text on one line of a page that belongs together (a cell's line, a paragraph's line). */
export interface Segment {
  text: string;
  x: number;
  right: number;
}

/** A line of a page: its segments left to right. */
export interface PdfLine {
  page: number;
  y: number;
  size: number;
  font: string;
  /** The line's text runs, left to right. */
  items: PdfItem[];
  segments: Segment[];
}

/** A gap wider than this many font sizes separates two segments (table cells, a page number after a title). */
const segmentGap = 1.2;

export function segmentsOf(items: readonly PdfItem[], size: number, gap = segmentGap): Segment[] {
  const segments: Segment[] = [];
  for (const item of items) {
    const last = segments[segments.length - 1];
    if (last && item.x - last.right < gap * size) {
      const space = item.x - last.right > size * 0.15 && !last.text.endsWith(' ') ? ' ' : '';
      last.text += space + item.text;
      last.right = Math.max(last.right, item.x + item.width);
    } else {
      segments.push({ text: item.text, x: item.x, right: item.x + item.width });
    }
  }
  return segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() })).filter((s) => s.text !== '');
}

/** Groups a page's items into lines: items whose baselines lie within a third of a font size. */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of items) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group[0]!.y - item.y) <= Math.max(1, item.size / 3)) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const size = Math.max(...group.map((i) => i.size));
    const fonts = new Map<string, number>();
    for (const i of group) fonts.set(i.font, (fonts.get(i.font) ?? 0) + i.text.length);
    const font = [...fonts].sort((a, b) => b[1] - a[1])[0]![0];
    return { page: page.number, y: group[0]!.y, size, font, items: group, segments: segmentsOf(group, size) };
  }).filter((l) => l.segments.length > 0);
}

/** The text of a line, its segments apart by a tab. */
export function lineText(line: PdfLine): string {
  return line.segments.map((s) => s.text).join('\t');
}

const pageNumber = /^(?:sida|page|s\.)?\s*\d{1,3}(?:\s*(?:av|of|\/|\()\s*\d{1,3}\)?)?$/iu;

/**
 * Drops the page furniture: lines in the top or bottom tenth of a page that
 * repeat on at least half the pages (digits aside: "Sida 2 av 9"), and lone page numbers there.
 */
export function dropPageFurniture(pages: ReadonlyArray<{ page: PdfPage; lines: PdfLine[] }>): PdfLine[][] {
  const margin = (p: PdfPage, l: PdfLine) => l.y < p.height * 0.1 || l.y > p.height * 0.9;
  const key = (l: PdfLine) => lineText(l).replace(/\d+/g, '#').toLocaleLowerCase('sv-SE');
  const seen = new Map<string, number>();
  for (const { page, lines } of pages) {
    for (const k of new Set(lines.filter((l) => margin(page, l)).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  // On at least half the pages: a table row's last line may happen to end a few pages, a running header ends them all.
  const repeats = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map(({ page, lines }) =>
    lines.filter((l) => !(margin(page, l) && (pageNumber.test(lineText(l).replace(/\t/g, ' ')) || (pages.length > 1 && (seen.get(key(l)) ?? 0) >= repeats)))),
  );
}
