import type { ConnectorCall, ConnectorPolicy } from './fake-connector.js';

/** What the fake connector enforced and saw, for tests and the benchmark to report. */
export interface TeamsLimitStats {
  accepted: number;
  throttled: number;
  /** Accepted sends per conversation id. */
  perConversation: Map<string, number>;
  firstAt: number;
  lastAt: number;
  /** Arrival time of every send attempt, accepted or refused, in order. */
  attempts: number[];
}

/** The most attempts that arrived within any one second (a sliding window over `times`, in order). */
export function busiestSecond(times: readonly number[]): number {
  let most = 0;
  for (let head = 0, tail = 0; head < times.length; head++) {
    while (times[head]! - times[tail]! >= 1000) tail++;
    most = Math.max(most, head - tail + 1);
  }
  return most;
}

/**
 * A fake-connector policy that enforces Teams' limits like the real service:
 * per conversation 7 per second, 8 per 2 seconds, 60 per 30 seconds, 1800 per hour, and a
 * per-tenant rate; anything over gets 429 with Retry-After. Sliding windows
 * over accepted sends, checked on arrival — stricter than Teams needs to be.
 */
export function teamsLimitsPolicy(options: { tenantPerSecond: number; retryAfterSeconds?: number }): { policy: ConnectorPolicy; stats: TeamsLimitStats } {
  const stats: TeamsLimitStats = { accepted: 0, throttled: 0, perConversation: new Map(), firstAt: 0, lastAt: 0, attempts: [] };
  const tenant: number[] = [];
  let tenantHead = 0;
  const conversations = new Map<string, number[]>();
  const windows = [
    { max: 7, ms: 1_000 },
    { max: 8, ms: 2_000 },
    { max: 60, ms: 30_000 },
    { max: 1800, ms: 3_600_000 },
  ];
  const tooMany = (times: number[], from: number, now: number, max: number, ms: number) => {
    let n = 0;
    for (let i = times.length - 1; i >= from && now - times[i]! < ms; i--) n++;
    return n >= max;
  };
  const policy: ConnectorPolicy = (call: ConnectorCall) => {
    if (call.method !== 'POST' || !call.path.includes('/activities')) return undefined;
    const now = call.at;
    stats.attempts.push(now);
    while (tenantHead < tenant.length && now - tenant[tenantHead]! >= 1000) tenantHead++;
    const mine = conversations.get(call.conversationId) ?? [];
    const refused = tenant.length - tenantHead >= options.tenantPerSecond || windows.some((w) => tooMany(mine, 0, now, w.max, w.ms));
    if (refused) {
      stats.throttled++;
      return { status: 429, headers: { 'retry-after': String(options.retryAfterSeconds ?? 1) } };
    }
    tenant.push(now);
    if (tenantHead > 10_000) {
      tenant.splice(0, tenantHead);
      tenantHead = 0;
    }
    mine.push(now);
    conversations.set(call.conversationId, mine);
    stats.accepted++;
    stats.perConversation.set(call.conversationId, (stats.perConversation.get(call.conversationId) ?? 0) + 1);
    stats.firstAt ||= now;
    stats.lastAt = now;
    return undefined;
  };
  return { policy, stats };
}
