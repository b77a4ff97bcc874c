import type { SendResult } from '../src/ports/messenger.js';

interface HttpishError {
  statusCode?: number;
  status?: number;
  code?: string;
  response?: { status?: number; headers?: { get?: (name: string) => string | null | undefined } & Record<string, unknown> };
}

function headerValue(error: HttpishError, name: string): string | undefined {
  const headers = error.response?.headers;
  if (!headers) return undefined;
  const viaGet = typeof headers.get === 'function' ? headers.get(name) : undefined;
  const direct = headers[name] ?? headers[name.toLowerCase()];
  const value = viaGet ?? (typeof direct === 'string' ? direct : undefined);
  return value ?? undefined;
}

/** Reads Retry-After as seconds or an HTTP date; returns milliseconds. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Classifies a failed proactive send the way the outbox needs it: 429 waits,
 * 5xx and network errors retry with backoff, 403/404 mean unreachable.
 */
export function classifySendError(error: unknown): Exclude<SendResult, { ok: true }> {
  const e = (error ?? {}) as HttpishError;
  const status = e.statusCode ?? e.status ?? e.response?.status;
  if (status === 429) return { ok: false, kind: 'throttled', status, retryAfterMs: parseRetryAfter(headerValue(e, 'retry-after')) };
  if (status === 403 || status === 404) return { ok: false, kind: 'unreachable', status };
  if (status !== undefined && status >= 500) return { ok: false, kind: 'transient', status };
  if (status !== undefined && status >= 400) return { ok: false, kind: 'rejected', status };
  return { ok: false, kind: 'transient' };
}
