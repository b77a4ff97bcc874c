import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../ports/clock.js';
import type { ReportCrypto } from './crypto/report-crypto.js';
import { ReportError } from './report-errors.js';
import { MemoryPowLedger, type PowLedger } from './pow-ledger.js';

/** What a proof of work is for: sending a report, or opening the inbox with a receipt code. */
export type PowPurpose = 'report' | 'inbox';

/** A challenge as the page receives it: the sealed token to hash, and how many leading zero bits the hash needs. */
export interface PowChallenge {
  challenge: string;
  bits: number;
}

/** How hard the work is and how it rises with load. */
export interface PowSettings {
  /** Leading zero bits when calm: 14 ≈ 16 000 SHA-256 in the browser, a few hundred milliseconds. */
  baseBits: number;
  /** At most this many bits more under load (each doubles the work). */
  maxExtraBits: number;
  /** Solved challenges per minute (everyone together) before the work starts to rise. */
  calmPerMinute: number;
  /** How long an issued challenge may be solved and used. */
  lifetimeMs: number;
}

export const defaultPowSettings: PowSettings = { baseBits: 14, maxExtraBits: 6, calmPerMinute: 30, lifetimeMs: 5 * 60_000 };

/** The hashcash condition: SHA-256(challenge ":" nonce) starts with `bits` zero bits. */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** The hash a solution is checked with (the page's script computes the same with WebCrypto). */
export function powHash(challenge: string, nonce: string): Buffer {
  return createHash('sha256').update(`${challenge}:${nonce}`).digest();
}

/**
 * Hashcash-style proof of work for the anonymous form and the inbox. Tillit
 * issues a sealed challenge (purpose, difficulty, expiry, random nonce); the
 * page's own script searches a nonce whose SHA-256 has enough leading zero
 * bits; Tillit checks it with one hash and remembers it until it expires, so
 * each challenge is used once. The difficulty rises with the number of
 * solved challenges in the last minute, everyone together — no IP address,
 * header or cookie is ever looked at — so a flood costs its sender more and
 * more CPU, while an honest reporter only waits a little longer.
 */
export class ProofOfWork {
  private readonly ledger: PowLedger;

  /** `ledger`: where load and used challenges are kept (the database when several processes serve; in memory by default). */
  constructor(
    private readonly crypto: ReportCrypto,
    private readonly clock: Clock,
    readonly settings: PowSettings = defaultPowSettings,
    ledger?: PowLedger,
  ) {
    this.ledger = ledger ?? new MemoryPowLedger(clock);
  }

  /** The difficulty a challenge issued now gets. */
  async currentBits(): Promise<number> {
    const load = await this.ledger.solvedLastMinute();
    const calm = this.settings.calmPerMinute;
    const extra = load <= calm ? 0 : Math.ceil(Math.log2(load / calm));
    return this.settings.baseBits + Math.min(this.settings.maxExtraBits, extra);
  }

  /** A fresh challenge for one report or one inbox opening. */
  async issue(purpose: PowPurpose): Promise<PowChallenge> {
    const bits = await this.currentBits();
    const challenge = this.crypto.sealToken('pow', {
      n: randomBytes(12).toString('base64url'),
      p: purpose,
      b: bits,
      e: this.clock.now().getTime() + this.settings.lifetimeMs,
    });
    return { challenge, bits };
  }

  /**
   * Accepts a solved challenge once, or refuses it (missing, forged, for the
   * other purpose, expired, already used — by any process sharing the
   * ledger — or not enough zero bits) with `proof_of_work_failed`. Costs one
   * token opening, one SHA-256 and the ledger's write.
   */
  async verify(purpose: PowPurpose, challenge: unknown, nonce: unknown): Promise<void> {
    const refuse = (why: string) => new ReportError('proof_of_work_failed', why);
    if (typeof challenge !== 'string' || typeof nonce !== 'string' || !/^\d{1,16}$/.test(nonce)) throw refuse('No solution');
    const payload = this.crypto.openToken('pow', challenge);
    if (!payload || payload.p !== purpose || typeof payload.n !== 'string' || typeof payload.b !== 'number' || typeof payload.e !== 'number') {
      throw refuse('Forged or for another purpose');
    }
    const now = this.clock.now().getTime();
    if (payload.e < now) throw refuse('Expired');
    if (leadingZeroBits(powHash(challenge, nonce)) < payload.b) throw refuse('Not enough work');
    if (!(await this.ledger.spend(payload.n, payload.e))) throw refuse('Already used');
  }

  /** Forgets old load minutes and expired challenges (the report worker calls it every minute). */
  forgetOld(): Promise<void> {
    return this.ledger.forgetOld();
  }
}
