/**
 * The plan register. A plan keeps its id across revisions; measures keep
 * theirs too (keyed by plan + code), so status history survives a revision.
 * Periods are stored as JSON with their dates copied out for querying.
 */
export interface PlansTable {
  id: string;
  key: string;
  organisation: string;
  name: string;
  committee: string | null;
  decision_reference: string | null;
  decision_date: string | null;
  valid_from: string | null;
  valid_to: string | null;
  goal_area_label: string;
  coordinator_text: string | null;
  follow_ups_json: string;
  risk_areas_json: string;
  reminder_rules_json: string | null;
  current_revision: number;
  created_at: string;
  updated_at: string;
}

export interface PlanRevisionsTable {
  id: string;
  plan_id: string;
  revision: number;
  source_name: string;
  source_sha256: string;
  imported_at: string;
  /** The normalised plan as imported (PlanDraft JSON). */
  draft_json: string;
  /** What changed from the previous revision (PlanDiff JSON); null for the first. */
  diff_json: string | null;
}

export interface GoalAreasTable {
  id: string;
  plan_id: string;
  number: string;
  title: string;
  position: number;
  removed_in_revision: number | null;
}

export interface MeasuresTable {
  id: string;
  plan_id: string;
  goal_area_id: string | null;
  code: string;
  title: string;
  responsible_text: string;
  start_json: string;
  start_kind: string;
  start_from: string | null;
  deadline_json: string;
  deadline_kind: string;
  deadline_from: string | null;
  deadline_to: string | null;
  indicators_json: string;
  notes: string | null;
  position: number;
  added_in_revision: number;
  changed_in_revision: number;
  removed_in_revision: number | null;
}

/** An owner unit ("Samordnarna", "Enhet för mottagning och ekonomiskt bistånd"). */
export interface UnitsTable {
  id: string;
  /** Lower-cased, white space collapsed: how names are matched. */
  key: string;
  name: string;
  created_at: string;
}

export interface UnitMembersTable {
  unit_id: string;
  person_id: string;
  created_at: string;
}

export interface MeasureOwnersTable {
  measure_id: string;
  unit_id: string;
  position: number;
}

/** Who may coordinate or read a plan. */
export interface PlanRolesTable {
  plan_id: string;
  person_id: string;
  role: string;
  created_at: string;
}

/**
 * One change a revision made to a measure that someone should hear about
 * (added, removed, deadline moved, owner changed). `notified_at` is set by
 * whoever tells the owners, so they are told once.
 */
export interface PlanChangesTable {
  id: string;
  plan_id: string;
  revision: number;
  measure_id: string;
  kind: string;
  before_json: string | null;
  after_json: string | null;
  created_at: string;
  notified_at: string | null;
}

export interface PlanTables {
  plans: PlansTable;
  plan_revisions: PlanRevisionsTable;
  goal_areas: GoalAreasTable;
  measures: MeasuresTable;
  units: UnitsTable;
  unit_members: UnitMembersTable;
  measure_owners: MeasureOwnersTable;
  plan_roles: PlanRolesTable;
  plan_changes: PlanChangesTable;
}
