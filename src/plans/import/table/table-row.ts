import type { SourceLocation } from '../import-problem.js';

/** One row of a table as read from a file: its line (or sheet row) and its cells as text. */
export interface TableRow {
  line: number;
  sheet?: string;
  cells: string[];
}

/** The location of a row, for messages. */
export function rowLocation(row: Pick<TableRow, 'line' | 'sheet'>, field?: string): SourceLocation {
  return { line: row.line, ...(row.sheet ? { sheet: row.sheet } : {}), ...(field ? { field } : {}) };
}

/** True when every cell is empty or white space. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
