import type { SourceLocation } from '../import-problem.js';

/** One row of a table as read from a file: its line (or sheet row) and its cells as text. */
export interface TableRow {
  line: number;
  sheet?: string;
  /** 1-based table of a DOCX document (line is then the row in that table). */
  table?: number;
  /** 1-based page of a PDF where the row starts (line is then the row in its table). */
  page?: number;
  cells: string[];
}

/** Where a row is, without its cells. */
export type RowPlace = Pick<TableRow, 'line' | 'sheet' | 'table' | 'page'>;

/** The place fields of a row, only those it has. */
export function rowPlace(row: RowPlace): RowPlace {
  return { line: row.line, ...(row.sheet ? { sheet: row.sheet } : {}), ...(row.table ? { table: row.table } : {}), ...(row.page ? { page: row.page } : {}) };
}

/** The location of a row, for messages. */
export function rowLocation(row: RowPlace, field?: string): SourceLocation {
  return { ...rowPlace(row), ...(field ? { field } : {}) };
}

/** True when every cell is empty or white space. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
