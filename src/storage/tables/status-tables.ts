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
  /** 'owner' or 'coordinator': the authority the update was recorded with (0008). */
  recorded_as: string;
  recorded_at: string;
  plan_revision: number;
  source: string;
  /** Unique per submit: a retried invoke finds its row instead of adding one. */
  idempotency_key: string;
}

/**
 * A status card or reminder Tillit showed in a conversation, about one or
 * more measures (0008). A free-text reply such as "klar" is matched to the
 * latest prompt; nothing here is a status.
 */
export interface StatusPromptsTable {
  id: string;
  conversation_row_id: string;
  person_id: string | null;
  /** The Teams activity id of the message, when known (for replies to it). */
  activity_id: string | null;
  measure_ids_json: string;
  created_at: string;
}

export interface StatusTables {
  status_updates: StatusUpdatesTable;
  status_prompts: StatusPromptsTable;
}
