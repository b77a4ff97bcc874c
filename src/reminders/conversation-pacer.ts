/** A Teams limit: at most `max` messages to one conversation in any `windowMs`. */
export interface RateWindow {
  max: number;
  windowMs: number;
}

/** Teams' per-conversation limits for a bot: 7 per second, 8 per 2 seconds, 60 per 30 seconds, 1800 per hour. */
export const teamsConversationLimits: readonly RateWindow[] = [
  { max: 7, windowMs: 1_000 },
  { max: 8, windowMs: 2_000 },
  { max: 60, windowMs: 30_000 },
  { max: 1800, windowMs: 3_600_000 },
];

/**
 * Spaces sends to each conversation so no window of Teams' limits is
 * exceeded (sliding windows, a little longer than Teams' own so that network
 * jitter cannot push one over). Reservations are in order, so messages to a
 * conversation also arrive in order. In-process: a recipient's due rows are
 * claimed by one dispatcher at a time (see outbox-claims.ts).
 */
export class ConversationPacer {
  private readonly sent = new Map<string, number[]>();
  private readonly blocked = new Map<string, number>();
  private readonly windows: RateWindow[];
  private readonly longest: number;
  private reservations = 0;

  constructor(limits: readonly RateWindow[] = teamsConversationLimits, slack = 1.1) {
    this.windows = limits.map((l) => ({ max: l.max, windowMs: Math.ceil(l.windowMs * slack) }));
    this.longest = Math.max(...this.windows.map((w) => w.windowMs));
  }

  /** Reserves the earliest time (epoch ms) a message to `conversation` may go, at or after `now`. */
  reserve(conversation: string, now = Date.now()): number {
    const times = this.sent.get(conversation) ?? [];
    let at = Math.max(now, this.blocked.get(conversation) ?? 0, times[times.length - 1] ?? 0);
    for (const w of this.windows) {
      if (times.length >= w.max) at = Math.max(at, times[times.length - w.max]! + w.windowMs);
    }
    times.push(at);
    while (times.length > 0 && times[0]! < now - this.longest) times.shift();
    this.sent.set(conversation, times);
    if (++this.reservations % 5000 === 0) this.prune(now);
    return at;
  }

  /** A 429 for this conversation: nothing more to it before `until` (epoch ms). */
  block(conversation: string, until: number): void {
    this.blocked.set(conversation, Math.max(until, this.blocked.get(conversation) ?? 0));
  }

  private prune(now: number): void {
    for (const [key, times] of this.sent) if ((times[times.length - 1] ?? 0) < now - this.longest) this.sent.delete(key);
    for (const [key, until] of this.blocked) if (until < now) this.blocked.delete(key);
  }
}
