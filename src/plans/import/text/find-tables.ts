import { isRiskHeader, readHeaderRow, type ColumnMap } from '../table/column-headings.js';
import { parseGoalAreaHeading, type GoalAreaHeading } from '../table/goal-areas.js';
import type { TableRow } from '../table/table-row.js';
import { plainLine, tabCells } from './plain-line.js';

/** A measure table found in a document, with the goal-area heading above it. */
export interface MeasureTable {
  kind: 'measures';
  map: ColumnMap;
  goalArea: GoalAreaHeading | null;
  rows: TableRow[];
}

/** A risk-area table ("Riskområde | Motivering"). */
export interface RiskTable {
  kind: 'risks';
  rows: TableRow[];
}

/** The structure of a plan document: its tables in order and its goal-area headings. */
export interface DocumentTables {
  tables: Array<MeasureTable | RiskTable>;
  headings: GoalAreaHeading[];
}

/**
 * Finds the tab-separated tables of a plan document. A table starts at a
 * header row Tillit recognises (Åtgärd/Ansvarig/Start/Klar senast/…, or
 * Riskområde/Motivering) and runs over tab-separated lines and blank lines
 * (page breaks) until the next line of prose or heading. Goal-area headings
 * between tables ("Målområde 1: …") apply to the tables after them. Other
 * tab lines — the table of contents, other tables — are not measures.
 */
export function findTables(lines: readonly string[]): DocumentTables {
  const tables: Array<MeasureTable | RiskTable> = [];
  const headings: GoalAreaHeading[] = [];
  let goalArea: GoalAreaHeading | null = null;
  let current: MeasureTable | RiskTable | null = null;
  lines.forEach((line, index) => {
    if (line.includes('\t')) {
      const cells = tabCells(line);
      const map = readHeaderRow(cells);
      if (map) {
        current = { kind: 'measures', map, goalArea, rows: [] };
        tables.push(current);
      } else if (isRiskHeader(cells)) {
        current = { kind: 'risks', rows: [] };
        tables.push(current);
      } else if (current) {
        current.rows.push({ line: index + 1, cells });
      }
      return;
    }
    if (plainLine(line) === '') return;
    current = null;
    const heading = parseGoalAreaHeading(line);
    if (heading) {
      goalArea = heading;
      headings.push(heading);
    }
  });
  return { tables, headings };
}
