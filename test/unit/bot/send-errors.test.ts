import { describe, expect, it } from 'vitest';
import { classifySendError, parseRetryAfter } from '../../../bot/send-errors.js';

describe('classifySendError', () => {
  it('treats 429 as throttled and reads Retry-After in seconds', () => {
    const error = { statusCode: 429, response: { headers: { get: (n: string) => (n === 'retry-after' ? '3' : null) } } };
    expect(classifySendError(error)).toEqual({ ok: false, kind: 'throttled', status: 429, retryAfterMs: 3000 });
  });

  it('treats 403 and 404 as unreachable', () => {
    expect(classifySendError({ statusCode: 403 })).toMatchObject({ kind: 'unreachable', status: 403 });
    expect(classifySendError({ status: 404 })).toMatchObject({ kind: 'unreachable', status: 404 });
  });

  it('treats 5xx and network errors as transient', () => {
    expect(classifySendError({ statusCode: 502 })).toMatchObject({ kind: 'transient', status: 502 });
    expect(classifySendError(new Error('ECONNRESET'))).toMatchObject({ kind: 'transient' });
  });

  it('treats other 4xx as rejected', () => {
    expect(classifySendError({ statusCode: 400 })).toMatchObject({ kind: 'rejected', status: 400 });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('1.5')).toBe(1500);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
