import { sql, type Kysely } from 'kysely';
import { randomInt } from 'node:crypto';
import type { Dialect } from './database.js';
import type { Database } from './schema.js';

/** A write that waits for the next beat. */
interface PendingWrite {
  write: (db: Kysely<Database>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** What a beat did (for logs and tests). */
export interface BeatResult {
  written: number;
  failed: number;
  relaid: boolean;
}

/** Where deferred writes go: the cadence in a server, or straight to the database elsewhere. */
export interface DeferredWrites {
  run<T>(write: (db: Kysely<Database>) => Promise<T>): Promise<T>;
}

/** Writes at once, each in its own transaction (CLI, use-case tests): no cadence. */
export function immediateWrites(db: Kysely<Database>): DeferredWrites {
  return { run: (write) => db.transaction().execute((trx) => write(trx)) };
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The anonymous channel writes on a fixed cadence, so neither file times nor
 * row order tell when a report came in. A report or a reporter's answer is
 * not written when it is posted: it waits (its request waits with it, so a
 * receipt code is only ever shown for a stored report) until the next beat.
 * Every beat — with or without reports — writes the heartbeat row and, on
 * SQLite, checkpoints the WAL into the database file, so the file's
 * modification time is always the last beat. A beat that stored anonymous
 * rows then re-lays the report tables in key order (SQLite: VACUUM,
 * PostgreSQL: CLUSTER on the random primary key), so their physical order is
 * the order of random UUIDs, not of arrival; the writes of one beat run in
 * random order too.
 */
export class WriteCadence implements DeferredWrites {
  private pending: PendingWrite[] = [];
  private beating: Promise<BeatResult> | undefined;
  private relayOwed: boolean;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    options: { relayFirst?: boolean } = {},
  ) {
    // After an upgrade, rows written before the cadence existed are re-laid at the first beat.
    this.relayOwed = options.relayFirst ?? true;
  }

  /** Queues a write for the next beat; resolves with its result once committed there. */
  run<T>(write: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ write, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  /** Writes waiting for the next beat. */
  get waiting(): number {
    return this.pending.length;
  }

  /** One beat: the queued writes in random order, each in its own transaction, the heartbeat, re-laying and checkpoint. */
  beat(): Promise<BeatResult> {
    this.beating ??= this.runBeat().finally(() => (this.beating = undefined));
    return this.beating;
  }

  private async runBeat(): Promise<BeatResult> {
    const batch = shuffled(this.pending);
    this.pending = [];
    const settled: Array<() => void> = [];
    let failed = 0;
    for (const item of batch) {
      try {
        const value = await this.db.transaction().execute((trx) => item.write(trx));
        settled.push(() => item.resolve(value));
      } catch (error) {
        failed++;
        settled.push(() => item.reject(error));
      }
    }
    await this.db.updateTable('write_heartbeat').set((eb) => ({ beat: eb('beat', '+', 1) })).where('id', '=', 1).execute();
    const relay = this.relayOwed || batch.length > failed;
    const relaid = relay && (await this.relay());
    if (relay && relaid) this.relayOwed = false;
    else if (relay) this.relayOwed = true;
    await this.checkpoint();
    for (const settle of settled) settle();
    return { written: batch.length - failed, failed, relaid };
  }

  /** Rewrites the report tables in primary-key order. Best effort: busy now means the next beat tries again. */
  private async relay(): Promise<boolean> {
    try {
      if (this.dialect === 'sqlite') await sql`vacuum`.execute(this.db);
      else await sql`cluster reports using reports_pkey; cluster report_messages using report_messages_pkey`.execute(this.db);
      return true;
    } catch {
      return false;
    }
  }

  private async checkpoint(): Promise<void> {
    if (this.dialect !== 'sqlite') return;
    try {
      await sql`pragma wal_checkpoint(truncate)`.execute(this.db);
    } catch {
      // A reader holds the log: the next beat checkpoints.
    }
  }
}
