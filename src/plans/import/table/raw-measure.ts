import type { ColumnField, ColumnMap } from './column-headings.js';
import { rowPlace, type TableRow } from './table-row.js';

/** A measure as its table row says it, before periods and owners are read. */
export interface RawMeasure {
  /** The code from a Nr/Kod column or the start of the Åtgärd cell; null when there is none. */
  code: string | null;
  title: string;
  responsible: string;
  start: string;
  deadline: string;
  indicators: string;
  notes: string;
  /** The goal-area cell, when the table has a goal-area column. */
  goalArea: string;
  /** Where the row starts, for messages. */
  line: number;
  sheet?: string;
  table?: number;
  page?: number;
  /** The headings as written, so messages can name the column ("Klart senast"). */
  headings: Partial<Record<ColumnField, string>>;
}

/** "1.1 Genomföra …", "4.10 Säkerställ …", "2.3. Utred …", "1) Ta fram …" → code and the rest. */
const leadingCode = /^(?:(\d{1,2}(?:\.\d{1,3}){1,3}[a-z]?)[.):]?|(\d{1,2}[a-z]?)[.):])\s+(?=\S)/u;

/** Splits a measure code off the start of a title cell. */
export function splitLeadingCode(title: string): { code: string | null; title: string } {
  const match = leadingCode.exec(title.trim());
  if (!match) return { code: null, title: title.trim() };
  return { code: (match[1] ?? match[2])!, title: title.trim().slice(match[0].length).trim() };
}

function cell(row: TableRow, map: ColumnMap, field: ColumnField): string {
  const index = map.columns[field];
  return index === undefined ? '' : (row.cells[index] ?? '').trim();
}

/** Reads one table row through the header's column map. */
export function rawMeasureFromRow(row: TableRow, map: ColumnMap): RawMeasure {
  const written = splitLeadingCode(cell(row, map, 'title'));
  const codeCell = cell(row, map, 'code').replace(/\.$/, '');
  const headings: Partial<Record<ColumnField, string>> = {};
  for (const [field, index] of Object.entries(map.columns) as Array<[ColumnField, number]>) headings[field] = map.headings[index] ?? field;
  // With a Nr column the title is kept as written, unless it repeats that same code first.
  const title = codeCell === '' || written.code === codeCell ? written.title : cell(row, map, 'title');
  return {
    code: codeCell !== '' ? codeCell : written.code,
    title,
    responsible: cell(row, map, 'responsible'),
    start: cell(row, map, 'start'),
    deadline: cell(row, map, 'deadline'),
    indicators: cell(row, map, 'indicators'),
    notes: cell(row, map, 'notes'),
    goalArea: cell(row, map, 'goalArea'),
    ...rowPlace(row),
    headings,
  };
}

/**
 * A row that continues the one before it: a table row broken across a page
 * in the PDF the text came from (Norrtälje's 2.3). It has no code while the
 * table uses codes, it goes on with the measure text, and its start and
 * deadline cells are empty (a page break does not split a month name).
 */
export function isContinuation(raw: RawMeasure, previous: RawMeasure | undefined, tableUsesCodes: boolean): boolean {
  return previous !== undefined && tableUsesCodes && raw.code === null && raw.title !== '' && raw.start === '' && raw.deadline === '' && raw.goalArea === '';
}

/** Joins a broken cell: with a space, or without one after a hyphenated word break ("Ekonomi-" + "avdelningen"). */
function joinCell(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  return /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after) ? `${before}${after}` : `${before} ${after}`;
}

/** Merges a continuation row into the row it continues, cell by cell. */
export function mergeContinuation(previous: RawMeasure, next: RawMeasure): RawMeasure {
  return {
    ...previous,
    title: joinCell(previous.title, next.title),
    responsible: joinCell(previous.responsible, next.responsible),
    start: joinCell(previous.start, next.start),
    deadline: joinCell(previous.deadline, next.deadline),
    indicators: joinCell(previous.indicators, next.indicators),
    notes: joinCell(previous.notes, next.notes),
  };
}
