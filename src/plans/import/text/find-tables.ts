import type { PlanDocument } from '../document/plan-document.js';
import { isRiskHeader, readHeaderRow, type ColumnMap } from '../table/column-headings.js';
import { parseGoalAreaHeading, type GoalAreaHeading } from '../table/goal-areas.js';
import type { TableRow } from '../table/table-row.js';
import { plainLine } from './plain-line.js';

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

/** A row that only names a goal area ("Målområde 2: …"), perhaps across merged cells. */
function goalAreaRow(cells: readonly string[]): GoalAreaHeading | undefined {
  const distinct = [...new Set(cells.map((c) => c.trim()).filter((c) => c !== ''))];
  return distinct.length === 1 ? parseGoalAreaHeading(distinct[0]!) : undefined;
}

function sameHeader(a: ColumnMap, b: ColumnMap): boolean {
  return a.headings.join('\t').toLocaleLowerCase('sv-SE') === b.headings.join('\t').toLocaleLowerCase('sv-SE');
}

/**
 * Finds the measure and risk tables of a plan document. A table starts at a
 * header row Tillit recognises (Åtgärd/Ansvarig/Start/Klar senast/…, or
 * Riskområde/Motivering) and runs over the table's rows, and over following
 * tables that repeat the same header (a table continued on the next page),
 * until the next prose or heading. A goal-area heading — a paragraph or
 * heading ("Målområde 1: …") or a table row with nothing else (merged cells)
 * — applies to the rows after it. Other tables (a table of contents, say)
 * are not measures.
 */
export function findTables(document: PlanDocument): DocumentTables {
  const tables: Array<MeasureTable | RiskTable> = [];
  const headings: GoalAreaHeading[] = [];
  let goalArea: GoalAreaHeading | null = null;
  let current: MeasureTable | RiskTable | null = null;
  const enterGoalArea = (heading: GoalAreaHeading) => {
    goalArea = heading;
    headings.push(heading);
    if (current?.kind === 'measures') {
      current = { kind: 'measures', map: current.map, goalArea, rows: [] };
      tables.push(current);
    }
  };
  for (const block of document.blocks) {
    if (block.kind !== 'table') {
      if (plainLine(block.text) === '') continue;
      current = null;
      const heading = block.text.includes('\n') ? undefined : parseGoalAreaHeading(block.text);
      if (heading) enterGoalArea(heading);
      continue;
    }
    for (const row of block.rows) {
      const map = readHeaderRow(row.cells);
      if (map) {
        if (current?.kind === 'measures' && sameHeader(current.map, map)) continue;
        current = { kind: 'measures', map, goalArea, rows: [] };
        tables.push(current);
      } else if (isRiskHeader(row.cells)) {
        current = { kind: 'risks', rows: [] };
        tables.push(current);
      } else if (current?.kind === 'measures' && current.map.columns.goalArea === undefined && goalAreaRow(row.cells)) {
        enterGoalArea(goalAreaRow(row.cells)!);
      } else if (current) {
        current.rows.push(row);
      }
    }
  }
  return { tables, headings };
}
