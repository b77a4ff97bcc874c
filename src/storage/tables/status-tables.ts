/**
 * Status history: append-only, one row per confirmed update, numbered per
 * measure (`seq`) so a card can say which state it was made from.
 */
export interface StatusUpdatesTable {
  id: string;
  measure_id: string;
  seq: number;
  status: string;
  comment: string | null;
  forecast_date: string | null;
  indicator_values_json: string | null;
  /** The person who pressed the button. */
  recorded_by: string;
  /** Set when a coordinator records for an owner: the owner's person id. */
  on_behalf_of: string | null;
  recorded_at: string;
  plan_revision: number;
  source: string;
  /** Unique per submit: a retried invoke finds its row instead of adding one. */
  idempotency_key: string;
}

export interface StatusTables {
  status_updates: StatusUpdatesTable;
}
