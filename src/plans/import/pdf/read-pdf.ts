import type { DocumentBlock, PlanDocument } from '../document/plan-document.js';
import type { ProblemCollector } from '../import-problem.js';
import { dropPageFurniture, lineText, pageLines, type PdfLine } from './pdf-lines.js';
import { headerAt, PdfTable } from './pdf-table.js';
import { maxPdfPages, readPdfText, type PdfPage } from './pdf-text.js';

/** The font size most of the text is in: the body size headings are larger than. */
function bodySize(lines: readonly PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + l.segments.reduce((n, s) => n + s.text.length, 0));
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * Turns a PDF's lines into the document model: tables from the column
 * positions of a recognised header row (continued over page breaks, a
 * repeated header skipped), headings by their larger font, and paragraphs
 * of the lines that follow each other closely in the same size.
 */
export function pdfBlocks(pages: readonly PdfPage[], lines: readonly PdfLine[]): DocumentBlock[] {
  const body = bodySize(lines);
  const headingSizes = [...new Set(lines.filter((l) => l.size >= body * 1.2).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const blocks: DocumentBlock[] = [];
  let table: PdfTable | null = null;
  let paragraph: { kind: 'paragraph' | 'heading'; text: string; line: number; level: number; last: PdfLine } | null = null;
  let place = 0;
  const pageOf = new Map(pages.map((p) => [p.number, p]));
  // The text's right edge: the page's width less a margin as wide as the left one.
  const leftEdge = new Map<number, number>();
  for (const l of lines) leftEdge.set(l.page, Math.min(leftEdge.get(l.page) ?? Number.POSITIVE_INFINITY, l.segments[0]!.x));
  const rightEdge = new Map(pages.map((p) => [p.number, p.width - (leftEdge.get(p.number) ?? 72)]));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (table) {
      if (table.skipRepeatedHeader(line)) continue;
      if (table.fits(line)) {
        table.add(line);
        continue;
      }
      table.finish();
      table = null;
    }
    const header = headerAt(lines, i);
    if (header) {
      paragraph = null;
      const page = pageOf.get(line.page)!;
      table = new PdfTable(header, line, header.columns, page.width - 36);
      blocks.push(table.block);
      i += header.lines - 1;
      continue;
    }
    place++;
    const text = lineText(line);
    const heading = line.size >= body * 1.2;
    const level = heading ? headingSizes.indexOf(Math.round(line.size)) + 1 : 0;
    const continues =
      paragraph !== null &&
      line.segments.length === 1 &&
      !paragraph.text.includes('\t') &&
      paragraph.last.page === line.page &&
      Math.abs(paragraph.last.size - line.size) < 0.5 &&
      line.y - paragraph.last.y <= line.size * 1.5 &&
      // A line ending well before the text's right edge ends its paragraph (no spacing between paragraphs needed).
      (heading || paragraph.last.segments[paragraph.last.segments.length - 1]!.right >= (rightEdge.get(line.page) ?? 0) * 0.85) &&
      (paragraph.kind === 'heading') === heading;
    if (continues) {
      paragraph!.text = /\p{L}-$/u.test(paragraph!.text) && /^\p{Ll}/u.test(text) ? `${paragraph!.text}${text}` : `${paragraph!.text} ${text}`;
      paragraph!.last = line;
      const block = blocks[blocks.length - 1]!;
      if (block.kind !== 'table') block.text = paragraph!.text;
      continue;
    }
    paragraph = { kind: heading ? 'heading' : 'paragraph', text, line: place, level, last: line };
    blocks.push(heading ? { kind: 'heading', level, text, line: place } : { kind: 'paragraph', text, line: place });
  }
  table?.finish();
  return blocks;
}

/**
 * Reads a PDF plan into the document model. A password-protected or
 * damaged file, one with more than maxPdfPages pages, and one without a
 * text layer (a scan) are refused with a message saying so.
 */
export async function readPdf(bytes: Uint8Array, problems: ProblemCollector): Promise<PlanDocument | undefined> {
  const pages = await readPdfText(bytes);
  if (!Array.isArray(pages)) {
    if (pages.kind === 'encrypted') problems.error({ key: 'plans.import.error.encrypted' });
    else if (pages.kind === 'tooManyPages') problems.error({ key: 'plans.import.error.pdfTooManyPages', vars: { pages: pages.pages, max: maxPdfPages } });
    else problems.error({ key: 'plans.import.error.pdfUnreadable' });
    return undefined;
  }
  if (pages.every((p) => p.items.length === 0)) {
    problems.error({ key: 'plans.import.error.pdfNoText' });
    return undefined;
  }
  const lines = dropPageFurniture(pages.map((page) => ({ page, lines: pageLines(page) }))).flat();
  return { blocks: pdfBlocks(pages, lines) };
}
