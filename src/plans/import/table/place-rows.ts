import type { PlacedMeasure } from '../build-measures.js';
import type { ColumnMap } from './column-headings.js';
import { isContinuation, mergeContinuation, rawMeasureFromRow, type RawMeasure } from './raw-measure.js';
import { isBlankRow, type TableRow } from './table-row.js';

/**
 * Reads the body rows of one measure table: blank rows are skipped, rows
 * broken across a page are merged into the row they continue, and each
 * measure gets the goal area it sits under (a goal-area column wins).
 */
export function placeRows(
  rows: readonly TableRow[],
  map: ColumnMap,
  goalAreaOf: (raw: RawMeasure) => string | null,
): PlacedMeasure[] {
  const raws = rows.filter((r) => !isBlankRow(r.cells)).map((r) => rawMeasureFromRow(r, map));
  const usesCodes = raws.some((r) => r.code !== null);
  const merged: RawMeasure[] = [];
  for (const raw of raws) {
    const previous = merged[merged.length - 1];
    if (previous && isContinuation(raw, previous, usesCodes)) merged[merged.length - 1] = mergeContinuation(previous, raw);
    else merged.push(raw);
  }
  return merged.map((raw) => ({ raw, goalAreaNumber: goalAreaOf(raw) }));
}
