import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';

/**
 * Who runs a batch time's work when several server processes serve one
 * database: the first to claim the slot; the others skip it. Without it,
 * each process would run the deadline reminders and purges of every batch.
 */
export interface BatchClaims {
  /** True for exactly one caller per (job, slot). */
  claim(job: string, slot: Date): Promise<boolean>;
}

/** Claims kept this long, then forgotten (a slot is never claimed again after it has passed). */
const keepClaimsMs = 14 * 24 * 3600 * 1000;

/**
 * Batch claims as rows (job, slot) with a primary key: the insert that
 * wins is the claim (SQLite and PostgreSQL alike). A slot is a configured
 * batch time, so a row says nothing about anyone's activity.
 */
export class DbBatchClaims implements BatchClaims {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly processId: string,
  ) {}

  async claim(job: string, slot: Date): Promise<boolean> {
    const won = await this.db
      .insertInto('batch_claims')
      .values({ job, slot: slot.toISOString(), claimed_by: this.processId })
      .onConflict((oc) => oc.columns(['job', 'slot']).doNothing())
      .returning('slot')
      .executeTakeFirst();
    if (won) await this.db.deleteFrom('batch_claims').where('job', '=', job).where('slot', '<', new Date(slot.getTime() - keepClaimsMs).toISOString()).execute();
    return won !== undefined;
  }
}

/** One process alone (tests, a single server without the database's help): every slot is its own. */
export const soleBatchClaims: BatchClaims = { claim: () => Promise.resolve(true) };
