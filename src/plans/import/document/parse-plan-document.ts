import { buildMeasures, type PlacedMeasure } from '../build-measures.js';
import type { ProblemCollector } from '../import-problem.js';
import type { ParsedPlan } from '../parsed-plan.js';
import { GoalAreaRegistry } from '../table/goal-areas.js';
import { placeRows } from '../table/place-rows.js';
import { rowLocation } from '../table/table-row.js';
import { findCoordinator } from '../text/find-coordinator.js';
import { findDecision } from '../text/find-decision.js';
import { findFollowUps } from '../text/find-follow-ups.js';
import { findOrganisation } from '../text/find-organisation.js';
import { findPlanName } from '../text/find-plan-name.js';
import { findTables } from '../text/find-tables.js';
import { findValidity } from '../text/find-validity.js';
import { proseLines, type PlanDocument } from './plan-document.js';
import { riskAreasFromRows } from '../text/risk-areas.js';

/**
 * Reads a plan document (text with tab-separated tables, DOCX or PDF, all
 * as the same document model): measures from the recognised tables under
 * their goal-area headings, risk areas, and the plan facts the prose states
 * (organisation, name, committee, decision, validity, follow-ups,
 * coordinator). The prose is otherwise ignored.
 */
export function parsePlanDocument(document: PlanDocument, problems: ProblemCollector, options: { guessSentences: boolean } = { guessSentences: true }): ParsedPlan {
  const lines = proseLines(document);
  const { tables } = findTables(document);
  const measureTables = tables.filter((t) => t.kind === 'measures');
  if (measureTables.length === 0) problems.error({ key: 'plans.import.error.noMeasureTable' });

  const registry = new GoalAreaRegistry();
  const placed: PlacedMeasure[] = [];
  for (const table of measureTables) {
    if (table.map.unknown.length > 0) problems.warn({ ...(table.rows[0] ? rowLocation(table.rows[0]) : {}), key: 'plans.import.warning.columnsIgnored', vars: { columns: table.map.unknown.join(', ') } });
    const heading = table.goalArea;
    if (heading) registry.label ??= heading.label;
    const number = heading ? registry.add(heading.number, heading.title) : null;
    // A goal-area column merged down over its rows shows its text once (in a PDF): it holds until the next.
    let fromColumn: string | null = null;
    placed.push(
      ...placeRows(table.rows, table.map, (raw) => {
        if (raw.goalArea) fromColumn = registry.addFromCell(raw.goalArea);
        return table.map.columns.goalArea !== undefined && fromColumn !== null ? fromColumn : number;
      }),
    );
  }
  const measures = buildMeasures(placed, problems, options);
  const name = findPlanName(lines);
  const decision = findDecision(lines);
  const validity = findValidity(lines, name);
  const label = registry.label ?? 'målområde';
  return {
    meta: {
      organisation: findOrganisation(lines) ?? null,
      name: name ?? null,
      committee: decision.committee ?? null,
      decisionReference: decision.reference ?? null,
      decisionDate: decision.date ?? null,
      validFrom: validity.from ?? null,
      validTo: validity.to ?? null,
      goalAreaLabel: label,
      coordinatorText: findCoordinator(lines) ?? null,
      followUps: findFollowUps(lines),
    },
    goalAreas: registry.list(label),
    measures,
    riskAreas: tables.flatMap((t) => (t.kind === 'risks' ? riskAreasFromRows(t.rows) : [])),
  };
}
