import type { Kysely } from 'kysely';

/**
 * What several `tillit serve` processes on one database must share:
 * - `pow_load`: solved proofs of work per minute, everyone together (no key
 *   at all beyond the minute); rows older than two minutes are deleted.
 * - `pow_spent`: the proof-of-work challenges already used, by a hash of the
 *   challenge's random nonce, with the expiry rounded up to a 5-minute window.
 * - `batch_claims`: which process runs a batch time's work (one row per slot).
 * - `revoked_download_links`: revoked committee-report links, by a hash of
 *   the signature, until the link would have expired anyway.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pow_load')
    .addColumn('minute', 'bigint', (c) => c.primaryKey())
    .addColumn('solved', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pow_spent')
    .addColumn('nonce_hash', 'text', (c) => c.primaryKey())
    .addColumn('expires_window', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pow_spent_expires_idx').on('pow_spent').column('expires_window').execute();
  await db.schema
    .createTable('batch_claims')
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('batch_claims_pk', ['job', 'slot'])
    .execute();
  await db.schema
    .createTable('revoked_download_links')
    .addColumn('signature_hash', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('revoked_download_links').execute();
  await db.schema.dropTable('batch_claims').execute();
  await db.schema.dropTable('pow_spent').execute();
  await db.schema.dropTable('pow_load').execute();
}
