import { SlidingWindowLimit } from './sliding-window-limit.js';
import type { Clock } from '../ports/clock.js';

/**
 * What the proof of work must remember between requests: how many
 * challenges everyone together solved in the last minute (the load that
 * raises the difficulty), and which challenges were already used. Several
 * server processes share it through the database (`DbPowLedger`); the
 * in-memory one is for a single process (and tests).
 */
export interface PowLedger {
  /** Challenges solved in the last minute, everyone together. */
  solvedLastMinute(): Promise<number>;
  /** Uses a challenge once: true the first time its nonce is seen (and counts it as solved), false after. */
  spend(nonce: string, expiresAtMs: number): Promise<boolean>;
  /** Forgets what no longer matters (old minutes, expired challenges). */
  forgetOld(): Promise<void>;
}

/** The ledger of one process, in memory only: a second process neither sees its load nor its used challenges. */
export class MemoryPowLedger implements PowLedger {
  private readonly solved: SlidingWindowLimit;
  private readonly used = new Map<string, number>();

  constructor(private readonly clock: Clock) {
    this.solved = new SlidingWindowLimit(clock, Number.MAX_SAFE_INTEGER, 60_000);
  }

  solvedLastMinute(): Promise<number> {
    return Promise.resolve(this.solved.count());
  }

  spend(nonce: string, expiresAtMs: number): Promise<boolean> {
    if (this.used.size >= 1024) void this.forgetOld();
    if (this.used.has(nonce)) return Promise.resolve(false);
    this.used.set(nonce, expiresAtMs);
    this.solved.record();
    return Promise.resolve(true);
  }

  forgetOld(): Promise<void> {
    const now = this.clock.now().getTime();
    for (const [nonce, expires] of this.used) if (expires < now) this.used.delete(nonce);
    return Promise.resolve();
  }
}
