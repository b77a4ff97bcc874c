import type { Logger } from '../src/logging/logger.js';

/**
 * The anonymous routes leave no line per request — a timestamped "POST
 * /anmalan 200" would be the exact time of a report. Instead they are
 * counted here and logged as totals at the batch times, when handlers learn
 * of new reports anyway.
 */
export class ReportRequestLog {
  private counts = new Map<string, number>();

  /** Counts one request by method and status class (e.g. "POST 2xx"), or an error by name. */
  count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Writes the totals since the last flush as one line (nothing when there were none). */
  flush(logger: Logger): void {
    if (this.counts.size === 0) return;
    logger.info({ code: 'report_routes', requests: Object.fromEntries([...this.counts.entries()].sort()) }, 'report routes since last batch');
    this.counts = new Map();
  }
}
