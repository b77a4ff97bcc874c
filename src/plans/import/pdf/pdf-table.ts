import type { TableBlock } from '../document/plan-document.js';
import { isRiskHeader, readHeaderRow } from '../table/column-headings.js';
import { parseGoalAreaHeading } from '../table/goal-areas.js';
import { splitLeadingCode } from '../table/raw-measure.js';
import { segmentsOf, type PdfLine, type Segment } from './pdf-lines.js';

const codeCell = /^[\p{L}\p{N}]{0,3}\d[\p{L}\p{N}.\-_/]{0,15}\.?$/u;

/** Which column a segment starting at x sits in: the last whose start is at or left of it. */
function columnAt(columns: readonly number[], x: number): number {
  let index = 0;
  columns.forEach((start, i) => {
    if (start <= x + 3) index = i;
  });
  return index;
}

/** The header row a line (with the next, when a heading wraps) gives, with its column starts. */
export function headerAt(lines: readonly PdfLine[], index: number): { cells: string[]; columns: number[]; lines: number; risk: boolean } | undefined {
  const line = lines[index]!;
  // Narrow columns leave little space between headings: try tighter gaps when the usual one finds no header.
  let best: { header: NonNullable<ReturnType<typeof headerWith>>; score: number } | undefined;
  for (const gap of [1.2, 0.6, 0.3]) {
    const header = headerWith(lines, index, segmentsOf(line.items, line.size, gap));
    if (!header) continue;
    const map = readHeaderRow(header.cells);
    // The most headings recognised, the fewest unknown: "Fokusområde Nr" read as one heading is worse than two.
    const score = map ? Object.keys(map.columns).length * 2 - map.unknown.length : 1;
    if (!best || score > best.score) best = { header, score };
  }
  return best?.header;
}

function headerWith(lines: readonly PdfLine[], index: number, segments: readonly Segment[]): { cells: string[]; columns: number[]; lines: number; risk: boolean } | undefined {
  const line = lines[index]!;
  if (segments.length < 2) return undefined;
  const columns = segments.map((s) => s.x);
  const cells = segments.map((s) => s.text);
  if (readHeaderRow(cells)) return { cells, columns, lines: 1, risk: false };
  if (isRiskHeader(cells)) return { cells, columns, lines: 1, risk: true };
  // A heading that wraps ("Ansvarig" / "enhet"): the next line in the header's font adds to its columns.
  const next = lines[index + 1];
  if (!next || next.page !== line.page || next.font !== line.font || next.y - line.y > line.size * 1.6) return undefined;
  const merged = [...cells];
  for (const s of next.segments) {
    const column = columnAt(columns, s.x);
    merged[column] = `${merged[column]} ${s.text}`.trim();
  }
  if (readHeaderRow(merged)) return { cells: merged, columns, lines: 2, risk: false };
  return undefined;
}

/**
 * A table being read from a PDF, line by line: rows start at a new measure
 * code (or, in a table without codes, after a gap wider than the cells'
 * line spacing, and at a new page); each segment goes to the column whose
 * header starts at or left of it; a cell's wrapped lines are joined.
 */
export class PdfTable {
  readonly block: TableBlock = { kind: 'table', rows: [] };
  private readonly headerKey: string;
  private row: { cells: string[]; last: Array<Segment | undefined> } | null = null;
  private lastLine: PdfLine;
  private readonly codeColumn: number | undefined;
  private readonly titleColumn: number | undefined;
  private titlesHaveCodes: boolean | undefined;
  private rows = 0;

  constructor(
    header: { cells: string[]; columns: number[] },
    first: PdfLine,
    private readonly columns: readonly number[] = header.columns,
    private readonly rightEdge = Number.POSITIVE_INFINITY,
  ) {
    this.headerKey = header.cells.join('\t').toLocaleLowerCase('sv-SE');
    this.lastLine = first;
    const map = readHeaderRow(header.cells);
    this.codeColumn = map?.columns.code;
    this.titleColumn = map?.columns.title;
    this.block.rows.push({ line: ++this.rows, page: first.page, cells: header.cells });
  }

  /** Skips the line when it is this table's header again (repeated at the top of a page); true if it was. */
  skipRepeatedHeader(line: PdfLine): boolean {
    if (this.cut(line).segments.map((s) => s.text).join('\t').toLocaleLowerCase('sv-SE') !== this.headerKey) return false;
    this.lastLine = line;
    return true;
  }

  private get size(): number {
    return this.lastLine.size;
  }

  /** True when the line can belong to the table: not larger text, not left of it, no segment crossing a column line. */
  fits(line: PdfLine): boolean {
    if (line.size > this.size * 1.15) return false;
    if (line.page === this.lastLine.page && line.y - this.lastLine.y > this.size * 3.2) return false;
    if (line.segments[0]!.x < this.columns[0]! - 4) return false;
    if (line.segments.length === 1 && parseGoalAreaHeading(line.segments[0]!.text)) return true;
    return line.items.every((item) => {
      const column = columnAt(this.columns, item.x);
      const nextStart = this.columns[column + 1] ?? this.rightEdge;
      return item.x + item.width <= nextStart + 2;
    });
  }

  private closeRow(): void {
    if (this.row) this.block.rows.push({ line: ++this.rows, page: this.lastLine.page, cells: this.row.cells });
    this.row = null;
  }

  private startsRow(line: PdfLine): boolean {
    if (!this.row) return true;
    const inColumn = (column: number | undefined) => (column === undefined ? undefined : line.segments.find((s) => columnAt(this.columns, s.x) === column));
    const code = inColumn(this.codeColumn);
    if (this.codeColumn !== undefined) {
      if (code === undefined || !codeCell.test(code.text.split(' ')[0]!)) return false;
      // "1.10" filling a narrow column and "0" on the next line is one code, not two.
      const last = this.row.last[this.codeColumn];
      return !(this.filled(this.codeColumn, last) && last!.text.includes('.') && !code.text.includes('.'));
    }
    if (this.titlesHaveCodes) {
      const title = inColumn(this.titleColumn);
      return title !== undefined && splitLeadingCode(title.text).code !== null && title.x <= this.columns[this.titleColumn!]! + 3;
    }
    if (line.page !== this.lastLine.page) return true;
    return line.y - this.lastLine.y > this.size * 1.3;
  }

  /** The line's text cut at the table's columns: one segment per column that has text. */
  private cut(line: PdfLine): PdfLine {
    const byColumn = new Map<number, Segment>();
    for (const item of line.items) {
      const column = columnAt(this.columns, item.x);
      const segment = byColumn.get(column);
      if (!segment) byColumn.set(column, { text: item.text.trim(), x: item.x, right: item.x + item.width });
      else {
        const space = item.x - segment.right > line.size * 0.15 && !segment.text.endsWith(' ') ? ' ' : '';
        segment.text = `${segment.text}${space}${item.text}`.replace(/\s+/g, ' ').trim();
        segment.right = Math.max(segment.right, item.x + item.width);
      }
    }
    return { ...line, segments: [...byColumn.values()].filter((s) => s.text !== '') };
  }

  private width(column: number): number {
    return (this.columns[column + 1] ?? this.rightEdge) - this.columns[column]! - 8;
  }

  /** True when a cell's line filled its column, so what its next line holds may be its wrapped end ("1.10" / "0"). */
  private filled(column: number, last: Segment | undefined): boolean {
    return last !== undefined && !last.text.includes(' ') && this.width(column) - (last.right - last.x) < this.size * 0.6;
  }

  /** Adds a line of the table's body. */
  add(original: PdfLine): void {
    const line = this.cut(original);
    const only = line.segments.length === 1 ? line.segments[0]! : undefined;
    if (only && parseGoalAreaHeading(only.text) && columnAt(this.columns, only.x) === 0 && (this.codeColumn !== 0 || !codeCell.test(only.text))) {
      // A merged row naming a goal area.
      this.closeRow();
      this.block.rows.push({ line: ++this.rows, page: line.page, cells: [only.text] });
      this.lastLine = line;
      return;
    }
    if (this.titlesHaveCodes === undefined && this.titleColumn !== undefined) {
      const title = line.segments.find((s) => columnAt(this.columns, s.x) === this.titleColumn);
      this.titlesHaveCodes = title !== undefined && splitLeadingCode(title.text).code !== null;
    }
    if (this.startsRow(line)) {
      this.closeRow();
      this.row = { cells: this.columns.map(() => ''), last: this.columns.map(() => undefined) };
    }
    const row = this.row!;
    for (const segment of line.segments) {
      const column = columnAt(this.columns, segment.x);
      const width = this.width(column);
      row.cells[column] = joinWrapped(row.cells[column]!, row.last[column], segment, width);
      row.last[column] = segment;
    }
    this.lastLine = line;
  }

  /** Ends the table; returns its block. */
  finish(): TableBlock {
    this.closeRow();
    return this.block;
  }
}

/**
 * Joins a cell's next line to what it holds: after a word broken without a
 * hyphen because it was wider than the column ("förvaltningsövergripa" /
 * "nde"), or after a hyphen before a lower-case letter ("HR-" / "avdelningen"),
 * without a space; else with one.
 */
function joinWrapped(before: string, last: Segment | undefined, next: Segment, width: number): string {
  if (before === '') return next.text;
  const roomLeft = width - (last ? last.right - last.x : 0);
  const forced = last !== undefined && !last.text.includes(' ') && roomLeft < next.right - next.x && roomLeft < 8 && ((/\p{L}$/u.test(last.text) && /^\p{Ll}/u.test(next.text)) || (/\d$/u.test(last.text) && /^\d/u.test(next.text)));
  if (forced || (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(next.text))) return `${before}${next.text}`;
  return `${before} ${next.text}`;
}
