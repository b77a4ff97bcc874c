import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import type { PowLedger } from './pow-ledger.js';

const minuteMs = 60_000;
/** Spent challenges are kept by 5-minute window, never by their exact expiry (which is the issue time + 5 minutes). */
const spentWindowMs = 5 * 60_000;

/**
 * The proof-of-work ledger in the database, shared by every server process
 * (SQLite or PostgreSQL, the same statements).
 *
 * Anonymity: nothing here can point at a reporter. The load is one counter
 * per minute for everyone together — no IP address, Teams id, header or
 * key of any kind — and minutes older than the previous one are deleted
 * (at the next solve, and by the report worker every minute), so at rest
 * the table says at most "someone used the form or the inbox in the last
 * two minutes". A spent challenge is stored as SHA-256 of the challenge's
 * random nonce (made by the server, never stored or shown anywhere else,
 * so it links to no report) with its expiry rounded up to a 5-minute
 * window, not the exact time; rows go once the window has passed.
 * The minute is taken from the process clock, so processes agree to within
 * their clock skew, which is small next to a minute.
 */
export class DbPowLedger implements PowLedger {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  private minute(): number {
    return Math.floor(this.clock.now().getTime() / minuteMs);
  }

  /**
   * This minute's count (a fixed window: it starts again at each full
   * minute, so a flood's difficulty falls a minute after it stops, at the latest).
   */
  async solvedLastMinute(): Promise<number> {
    const row = await this.db.selectFrom('pow_load').select('solved').where('minute', '=', this.minute()).executeTakeFirst();
    return Number(row?.solved ?? 0);
  }

  async spend(nonce: string, expiresAtMs: number): Promise<boolean> {
    const nonceHash = createHash('sha256').update(nonce).digest('base64url');
    const inserted = await this.db
      .insertInto('pow_spent')
      .values({ nonce_hash: nonceHash, expires_window: Math.ceil(expiresAtMs / spentWindowMs) })
      .onConflict((oc) => oc.column('nonce_hash').doNothing())
      .returning('nonce_hash')
      .executeTakeFirst();
    if (!inserted) return false;
    await this.db
      .insertInto('pow_load')
      .values({ minute: this.minute(), solved: 1 })
      .onConflict((oc) => oc.column('minute').doUpdateSet({ solved: sql<number>`pow_load.solved + 1` }))
      .execute();
    await this.forgetOld();
    return true;
  }

  async forgetOld(): Promise<void> {
    await this.db.deleteFrom('pow_load').where('minute', '<', this.minute() - 1).execute();
    await this.db
      .deleteFrom('pow_spent')
      .where('expires_window', '<', Math.floor(this.clock.now().getTime() / spentWindowMs))
      .execute();
  }
}
