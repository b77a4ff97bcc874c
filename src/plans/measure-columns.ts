import type { Insertable, Selectable } from 'kysely';
import type { MeasuresTable } from '../storage/tables/plan-tables.js';
import type { MeasureDraft, OwnerUnit, RegisteredMeasure } from './measure.js';
import type { Period } from './period.js';

/** The columns of a measures row that come from the revision's draft (identity and lifecycle are the store's). */
export type MeasureColumns = Omit<Insertable<MeasuresTable>, 'id' | 'plan_id' | 'code' | 'added_in_revision' | 'changed_in_revision' | 'removed_in_revision'>;

/** A measures row as read, with its goal area's number (joined). */
export type StoredMeasureRow = Selectable<MeasuresTable> & { goal_area_number: string | null };

/**
 * The one mapping between a measure and its measures row, both directions
 * side by side: store-plan-revision.ts writes with `measureColumns`,
 * plan-repository.ts reads with `measureFromRow`. A field added to
 * MeasureDraft does not compile until it is read here (which needs a
 * column); the measure-model integration test fails until it is written.
 */
export function measureColumns(measure: MeasureDraft, position: number, goalAreaId: string | null): MeasureColumns {
  return {
    goal_area_id: goalAreaId,
    title: measure.title,
    responsible_text: measure.responsibleText,
    start_json: JSON.stringify(measure.start),
    start_kind: measure.start.kind,
    start_from: measure.start.from,
    deadline_json: JSON.stringify(measure.deadline),
    deadline_kind: measure.deadline.kind,
    deadline_from: measure.deadline.from,
    deadline_to: measure.deadline.to,
    indicators_json: JSON.stringify(measure.indicators),
    notes: measure.notes,
    position,
  };
}

/** The register's measure from its row and its owner units (in their order). */
export function measureFromRow(row: StoredMeasureRow, ownerUnits: OwnerUnit[]): RegisteredMeasure {
  const draft: Omit<MeasureDraft, 'ownerUnits'> = {
    code: row.code,
    goalAreaNumber: row.goal_area_number,
    title: row.title,
    responsibleText: row.responsible_text,
    start: JSON.parse(row.start_json) as Period,
    deadline: JSON.parse(row.deadline_json) as Period,
    indicators: JSON.parse(row.indicators_json) as string[],
    notes: row.notes,
  };
  return {
    id: row.id,
    planId: row.plan_id,
    ...draft,
    ownerUnits,
    goalAreaId: row.goal_area_id,
    position: row.position,
    addedInRevision: row.added_in_revision,
    changedInRevision: row.changed_in_revision,
    removedInRevision: row.removed_in_revision,
  };
}
