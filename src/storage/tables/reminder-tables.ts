/**
 * The reminder outbox and what steers it. One row per (subject, rule,
 * occurrence, recipient): the unique key that makes planning idempotent and
 * a reminder impossible to plan twice. `subject_id` is the measure's id, or
 * the plan's id for plan-level rows (a status round's summary).
 */
export interface ReminderOutboxTable {
  id: string;
  subject_id: string;
  measure_id: string | null;
  plan_id: string;
  rule: string;
  occurrence: string;
  recipient_id: string;
  /** 'owner' or 'coordinator': decides which card the row goes into. */
  audience: string;
  /** The working day (YYYY-MM-DD) the reminder is planned for. */
  send_date: string;
  /** From this calendar day on the row is stale and is skipped, not sent. */
  expires_on: string | null;
  /** Rule details needed to word the card (a revision's before/after, a round's follow-up). */
  payload_json: string | null;
  /** pending → sending → sent | skipped | unreachable | failed. */
  state: string;
  /** Not before this instant (ISO UTC): working-hours start, or a retry's backoff. */
  next_attempt_at: string;
  attempts: number;
  failures: number;
  /** The dispatcher process holding the row while it sends, and until when. */
  claimed_by: string | null;
  lease_until: string | null;
  /** The message that carried the row (several rows share one message). */
  delivery_id: string | null;
  activity_id: string | null;
  /** Why it ended as it did: a quiet rule, an error kind. A code, never text. */
  outcome: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

/** "Påminn mig om en vecka": no reminders about the measure to the person before `until_date`. */
export interface ReminderSnoozesTable {
  measure_id: string;
  person_id: string;
  until_date: string;
  created_at: string;
}

/**
 * The tenant-wide send budget shared by every dispatcher process (a GCRA
 * "theoretical arrival time" in microseconds, see rate-budget.ts).
 */
export interface ReminderRateBudgetTable {
  scope: string;
  tat_us: number;
  granted: number;
  updated_at: string;
}

export interface ReminderTables {
  reminder_outbox: ReminderOutboxTable;
  reminder_snoozes: ReminderSnoozesTable;
  reminder_rate_budget: ReminderRateBudgetTable;
}
