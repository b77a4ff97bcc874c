import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../storage/database.js';
import type { Database } from '../storage/schema.js';

/** Send slots granted by the shared budget, as local wall-clock times (ms). */
export interface SlotGrant {
  slots: number[];
  /** When nothing was granted: how long until asking again makes sense. */
  retryInMs: number;
}

/** Where the tenant-wide budget lives; one per database, shared by every process. */
export interface BudgetStore {
  reserve(want: number): Promise<SlotGrant>;
  /** Nobody may send before `ms` from now (a 429's Retry-After, for every process). */
  pause(ms: number): Promise<void>;
}

export interface DbBudgetOptions {
  scope: string;
  /** Sends per second allowed for the whole tenant. */
  ratePerSecond: number;
  /** Keep this share of the limit unused, so network jitter cannot push a second over it. */
  margin: number;
  /** How far ahead slots may be reserved; a crashed process wastes at most this much. */
  horizonMs: number;
}

/**
 * The tenant budget as one database row holding a GCRA "theoretical arrival
 * time" (microseconds). Reserving k slots is one atomic UPDATE that moves it
 * k intervals ahead (never beyond now + horizon) and returns it, so any
 * number of processes share one rate without talking to each other. On
 * PostgreSQL "now" is the database's clock, so host clock skew cannot make
 * two processes overlap; SQLite processes share one host's clock.
 */
export class DbBudgetStore implements BudgetStore {
  private readonly intervalUs: number;
  private ready: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly options: DbBudgetOptions,
  ) {
    this.intervalUs = Math.ceil(1_000_000 / (options.ratePerSecond * (1 - options.margin)));
  }

  private ensureRow(): Promise<void> {
    this.ready ??= this.db
      .insertInto('reminder_rate_budget')
      .values({ scope: this.options.scope, tat_us: 0, granted: 0, updated_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('scope').doNothing())
      .execute()
      .then(
        () => undefined,
        (error: unknown) => {
          this.ready = undefined; // ask again next time rather than failing for ever
          throw error;
        },
      );
    return this.ready;
  }

  async reserve(want: number): Promise<SlotGrant> {
    await this.ensureRow();
    const I = this.intervalUs;
    const H = this.options.horizonMs * 1000;
    const scope = this.options.scope;
    let row: { tat_us: string | number; granted: string | number; now_us: string | number } | undefined;
    if (this.dialect === 'postgres') {
      const result = await sql<{ tat_us: string; granted: number; now_us: string }>`
        with c as (select (extract(epoch from clock_timestamp()) * 1000000)::bigint as now_us)
        update reminder_rate_budget b set
          granted = least(${want}::bigint, greatest(0::bigint, (c.now_us + ${H}::bigint - greatest(b.tat_us, c.now_us)) / ${I}::bigint)),
          tat_us = greatest(b.tat_us, c.now_us) + ${I}::bigint * least(${want}::bigint, greatest(0::bigint, (c.now_us + ${H}::bigint - greatest(b.tat_us, c.now_us)) / ${I}::bigint)),
          updated_at = ${new Date().toISOString()}
        from c where b.scope = ${scope}
        returning b.tat_us, b.granted, c.now_us`.execute(this.db);
      row = result.rows[0];
    } else {
      // better-sqlite3 binds numbers as REAL; the arithmetic must stay integral.
      const now = sql`cast(${Date.now() * 1000} as integer)`;
      const h = sql`cast(${H} as integer)`;
      const i = sql`cast(${I} as integer)`;
      const w = sql`cast(${want} as integer)`;
      const result = await sql<{ tat_us: number; granted: number; now_us: number }>`
        update reminder_rate_budget set
          granted = min(${w}, max(0, (${now} + ${h} - max(tat_us, ${now})) / ${i})),
          tat_us = max(tat_us, ${now}) + ${i} * min(${w}, max(0, (${now} + ${h} - max(tat_us, ${now})) / ${i})),
          updated_at = ${new Date().toISOString()}
        where scope = ${scope}
        returning tat_us, granted, ${now} as now_us`.execute(this.db);
      row = result.rows[0];
    }
    const localNow = Date.now();
    if (!row) return { slots: [], retryInMs: 50 };
    const tat = Number(row.tat_us);
    const granted = Number(row.granted);
    const dbNow = Number(row.now_us);
    if (granted === 0) return { slots: [], retryInMs: Math.max(1, Math.ceil((tat - dbNow - H) / 1000)) };
    const first = tat - I * granted;
    const slots = Array.from({ length: granted }, (_, k) => localNow + (first + I * k - dbNow) / 1000);
    return { slots, retryInMs: 0 };
  }

  async pause(ms: number): Promise<void> {
    await this.ensureRow();
    const scope = this.options.scope;
    const pauseUs = Math.round(ms * 1000);
    if (this.dialect === 'postgres') {
      await sql`update reminder_rate_budget set tat_us = greatest(tat_us, (extract(epoch from clock_timestamp()) * 1000000)::bigint + ${pauseUs}::bigint) where scope = ${scope}`.execute(this.db);
    } else {
      await sql`update reminder_rate_budget set tat_us = max(tat_us, cast(${Date.now() * 1000 + pauseUs} as integer)) where scope = ${scope}`.execute(this.db);
    }
  }
}
