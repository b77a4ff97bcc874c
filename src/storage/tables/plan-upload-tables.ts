/**
 * A plan document uploaded in chat, waiting for its uploader to confirm.
 * Holds the checked plan (PlanDraft JSON) rather than the file; the draft
 * is dropped once the upload is decided.
 */
export interface PlanUploadsTable {
  id: string;
  /** The coordinator who uploaded it: only they can confirm or cancel. */
  person_id: string;
  source_name: string;
  source_sha256: string;
  /** PlanDraft JSON while pending; null once confirmed, cancelled or expired. */
  draft_json: string | null;
  /** The plan this upload would revise (same organisation and name), if any. */
  plan_id: string | null;
  /** That plan's current revision when the preview was made; confirm refuses if it moved. */
  base_revision: number | null;
  status: 'pending' | 'confirmed' | 'cancelled';
  created_at: string;
  expires_at: string;
  decided_at: string | null;
  /** What the confirmed import did (UploadOutcome JSON). */
  result_json: string | null;
}

export interface PlanUploadTables {
  plan_uploads: PlanUploadsTable;
}
