import { buildMeasures, type PlacedMeasure } from '../build-measures.js';
import type { ProblemCollector } from '../import-problem.js';
import type { ParsedPlan, PlanMeta } from '../parsed-plan.js';
import { goalAreaLabelOf, GoalAreaRegistry, parseGoalAreaHeading } from '../table/goal-areas.js';
import { isRiskHeader, readHeaderRow, type ColumnMap } from '../table/column-headings.js';
import { placeRows } from '../table/place-rows.js';
import { isBlankRow, rowLocation, type TableRow } from '../table/table-row.js';
import { riskAreasFromRows } from '../text/risk-areas.js';
import { readSheetMetadata } from './sheet-metadata.js';
import type { Sheet } from './sheet.js';

/** How far down a sheet the header row may be (plan facts and a title may come first). */
const headerSearchRows = 40;

/** A row that only names a goal area ("Målområde 2: Upptäcka och förebygga"), perhaps across merged cells. */
function goalAreaRowText(row: TableRow): string | undefined {
  const distinct = [...new Set(row.cells.map((c) => c.trim()).filter((c) => c !== ''))];
  if (distinct.length !== 1) return undefined;
  return parseGoalAreaHeading(distinct[0]!) ? distinct[0] : undefined;
}

interface SheetTables {
  map: ColumnMap;
  measureRows: Array<TableRow & { area: string | null }>;
  riskRows: TableRow[];
}

function readSheet(sheet: Sheet, registry: GoalAreaRegistry, meta: PlanMeta): SheetTables | undefined {
  const headerIndex = sheet.rows.slice(0, headerSearchRows).findIndex((r) => readHeaderRow(r.cells) !== undefined);
  if (headerIndex < 0) return undefined;
  const map = readHeaderRow(sheet.rows[headerIndex]!.cells)!;
  const above = readSheetMetadata(sheet.rows.slice(0, headerIndex));
  for (const [k, v] of Object.entries(above) as Array<[keyof PlanMeta, never]>) meta[k] ??= v;
  const columnHeading = map.columns.goalArea !== undefined ? map.headings[map.columns.goalArea] : undefined;
  if (columnHeading) registry.label ??= goalAreaLabelOf(columnHeading);
  const sheetHeading = sheet.name ? parseGoalAreaHeading(sheet.name) : undefined;
  let area: string | null = sheetHeading ? registry.add(sheetHeading.number, sheetHeading.title) : null;
  if (sheetHeading) registry.label ??= sheetHeading.label;
  const tables: SheetTables = { map, measureRows: [], riskRows: [] };
  let inRisks = false;
  for (const row of sheet.rows.slice(headerIndex + 1)) {
    if (isBlankRow(row.cells) || readHeaderRow(row.cells)) continue;
    if (isRiskHeader(row.cells)) {
      inRisks = true;
      continue;
    }
    if (inRisks) {
      tables.riskRows.push(row);
      continue;
    }
    const heading = goalAreaRowText(row);
    if (heading) {
      const parsed = parseGoalAreaHeading(heading)!;
      registry.label ??= parsed.label;
      area = registry.add(parsed.number, parsed.title);
      continue;
    }
    tables.measureRows.push({ ...row, area });
  }
  return tables;
}

/** Sheet names a program gives by itself ("Blad1", "Sheet1"): they name nothing. */
const defaultSheetName = /^(?:blad|sheet|ark|tabell|table|feuil|hoja)\s*\d*$/iu;

/**
 * A name for a sheet that states none as "Plan | …" or a "handlingsplan"
 * title: a lone title cell above the header row, else the sheet's own name
 * (not "Blad1", not a goal area), else the file name without its ending.
 */
function nameFallback(sheets: readonly Sheet[], fileName: string | undefined): Pick<PlanMeta, 'name' | 'nameFrom'> {
  for (const sheet of sheets) {
    const headerIndex = sheet.rows.slice(0, headerSearchRows).findIndex((r) => readHeaderRow(r.cells) !== undefined);
    if (headerIndex < 0) continue;
    for (const row of sheet.rows.slice(0, headerIndex)) {
      const cells = [...new Set(row.cells.map((c) => c.trim()).filter((c) => c !== ''))];
      if (cells.length === 1 && !parseGoalAreaHeading(cells[0]!) && /\p{L}{3}/u.test(cells[0]!)) return { name: cells[0]!, nameFrom: 'titleCell' };
    }
    const sheetName = sheet.name?.trim();
    if (sheetName && !defaultSheetName.test(sheetName) && !parseGoalAreaHeading(sheetName)) return { name: sheetName, nameFrom: 'sheetName' };
  }
  const base = fileName?.split(/[\\/]/).pop()?.replace(/\.[^.]+$/u, '').trim();
  return base ? { name: base, nameFrom: 'fileName' } : {};
}

/**
 * Reads a spreadsheet plan (CSV, or the worksheets of an XLSX workbook):
 * one measure per row under a header row of Swedish headings, goal areas
 * from a goal-area column, goal-area rows ("Målområde 1: …") or sheet
 * names, plan facts from "label | value" rows above the header, and risk
 * areas from a "Riskområde | Motivering" table or sheet.
 */
export function parseSpreadsheet(sheets: readonly Sheet[], problems: ProblemCollector, source: { fileName?: string } = {}): ParsedPlan {
  const registry = new GoalAreaRegistry();
  const meta: PlanMeta = {};
  const placed: PlacedMeasure[] = [];
  const riskRows: TableRow[] = [];
  let found = false;
  for (const sheet of sheets) {
    const riskHeader = sheet.rows.findIndex((r) => isRiskHeader(r.cells));
    const tables = readSheet(sheet, registry, meta);
    if (!tables) {
      if (riskHeader >= 0) riskRows.push(...sheet.rows.slice(riskHeader + 1));
      continue;
    }
    found = true;
    if (tables.map.unknown.length > 0) problems.warn({ ...rowLocation(sheet.rows[0]!), key: 'plans.import.warning.columnsIgnored', vars: { columns: tables.map.unknown.join(', ') } });
    const areaOf = new Map(tables.measureRows.map((r) => [r.line, r.area]));
    placed.push(...placeRows(tables.measureRows, tables.map, (raw) => (raw.goalArea ? registry.addFromCell(raw.goalArea) : (areaOf.get(raw.line) ?? null))));
    riskRows.push(...tables.riskRows);
  }
  if (!found) {
    const first = sheets.flatMap((s) => s.rows).find((r) => !isBlankRow(r.cells));
    problems.error({
      ...(first ? rowLocation(first) : {}),
      key: first ? 'plans.import.error.headerNotFound' : 'plans.import.error.emptyFile',
      vars: { found: first ? first.cells.filter((c) => c !== '').slice(0, 6).join(' | ') : '' },
    });
  }
  if (!meta.name) Object.assign(meta, nameFallback(sheets, source.fileName));
  const label = registry.label ?? 'målområde';
  return {
    meta: { ...meta, goalAreaLabel: meta.goalAreaLabel ?? registry.label ?? null },
    goalAreas: registry.list(label),
    measures: buildMeasures(placed, problems, { guessSentences: false }),
    riskAreas: riskAreasFromRows(riskRows.filter((r) => !isBlankRow(r.cells))),
  };
}
