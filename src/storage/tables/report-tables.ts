/**
 * Anonymous and named reports. Nothing here may identify an anonymous
 * reporter: no Teams/Entra id, no name, address or device, and no time finer
 * than the day. Ids are random (UUID v4), there are no sequences or
 * created_at columns, and on SQLite the tables are WITHOUT ROWID so not even
 * the physical row order follows the order reports arrived in.
 */
export interface ReportsTable {
  id: string;
  /** Short random case reference for handlers ("K7Q-4MX"); not a sequence. */
  reference: string;
  /** 'anonymous' | 'named' */
  kind: string;
  /** scrypt hash of the receipt code (anonymous reports only). */
  receipt_hash: string | null;
  /** Named reports only: the person who chose to be known to handlers. */
  reporter_person_id: string | null;
  /** JSON array of category ids. */
  categories_json: string;
  /** 'self' | 'colleague' | 'unit' */
  subject: string;
  /** One of the configured coarse units, or null when the reporter did not say. */
  unit: string | null;
  /** 'YYYY-MM', 'earlier' or null. */
  happened_month: string | null;
  /** 1 yes, 0 no, null do not know. */
  ongoing: number | null;
  wants_contact: number;
  /** The day it arrived, in the organisation's zone. Never a time. */
  received_on: string;
  /** 'new' | 'acknowledged' | 'closed' */
  status: string;
  acknowledged_on: string | null;
  feedback_on: string | null;
  closed_on: string | null;
  outcome: string | null;
  assigned_handler_id: string | null;
  security_chief_informed_on: string | null;
  /** 'reported' | 'not_reported' | null (not decided yet). */
  police_decision: string | null;
  police_decided_on: string | null;
  /** The per-report data key, wrapped (AES-256-GCM) by the master key. Deleting it destroys the report. */
  wrapped_key: string;
  /** AES-256-GCM ciphertext of the reporter's text (and, for handlers, notes). */
  content: string;
  /** Encrypted internal notes of handlers (police reason, closing note), JSON. */
  notes: string | null;
  /** SHA-256 of the form's one-time submission token, so a replayed post is refused. */
  submission_hash: string | null;
  /**
   * 1 once released to the handlers at one of the fixed batch times. Until
   * then handlers neither see the case nor hear of it, so when it appears
   * says nothing about when it was sent.
   */
  notified: number;
}

/** The dialogue between handlers and the reporter. Append-only. */
export interface ReportMessagesTable {
  id: string;
  report_id: string;
  /** Order within one report (1, 2, 3 …); says nothing across reports. */
  seq: number;
  /** 'reporter' | 'handler' */
  author: string;
  /** 'message' | 'acknowledgement' | 'feedback' */
  kind: string;
  /** The handler's Entra object id for handler messages; null for the reporter. */
  handler_id: string | null;
  /** AES-256-GCM ciphertext. */
  body: string;
  sent_on: string;
  /** Reporter messages: 1 once released to handlers at a batch time (hidden from them until then). */
  notified: number;
  /**
   * 1 once the other side has it: a reporter message once a handler opened
   * the case; a handler message to a named reporter once it was sent to their
   * chat. Never set when an anonymous reporter reads the inbox — that read
   * writes nothing, so the database cannot date the visit.
   */
  delivered: number;
  submission_hash: string | null;
}

/** A handler excluded from a case for conflict of interest (jäv). */
export interface ReportExclusionsTable {
  report_id: string;
  handler_id: string;
}

/** Reminders and warnings already sent, so each goes out once. */
export interface ReportRemindersTable {
  report_id: string;
  kind: string;
}

/**
 * Every handler and system action on a case: who (a handler's Entra id and
 * name), what, when. Reporter actions are never written here. Survives a
 * purge, keyed by the case reference.
 */
export interface ReportAuditTable {
  id: string;
  reference: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  detail: string | null;
  at: string;
}

/** Counts of purged reports, so statistics outlive the cases themselves. */
export interface ReportStatCountsTable {
  quarter: string;
  dimension: string;
  value: string;
  count: number;
}

/** One row, written at every beat of the write cadence (storage/write-cadence.ts) so file times say nothing. */
export interface WriteHeartbeatTable {
  id: number;
  beat: number;
}

export interface ReportTables {
  reports: ReportsTable;
  report_messages: ReportMessagesTable;
  report_exclusions: ReportExclusionsTable;
  report_reminders: ReportRemindersTable;
  report_audit: ReportAuditTable;
  report_stat_counts: ReportStatCountsTable;
  write_heartbeat: WriteHeartbeatTable;
}
