/** Solved proofs of work in one minute (minute = Unix ms / 60 000), everyone together. */
export interface PowLoadTable {
  minute: number | string;
  solved: number;
}

/** A used proof-of-work challenge: SHA-256 of its random nonce, and its expiry as a 5-minute window index. */
export interface PowSpentTable {
  nonce_hash: string;
  expires_window: number | string;
}

/** One process's claim on a batch time's work (job, slot as ISO time). */
export interface BatchClaimsTable {
  job: string;
  slot: string;
  claimed_by: string;
}

/** A revoked download link: SHA-256 of its signature, kept until the link's own expiry. */
export interface RevokedDownloadLinksTable {
  signature_hash: string;
  expires_at: string;
}

export interface ReplicaTables {
  pow_load: PowLoadTable;
  pow_spent: PowSpentTable;
  batch_claims: BatchClaimsTable;
  revoked_download_links: RevokedDownloadLinksTable;
}
