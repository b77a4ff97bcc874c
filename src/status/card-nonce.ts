import { randomBytes } from 'node:crypto';

/**
 * Every status card carries a random nonce. With the measure and the `seq`
 * the card was built from it makes the idempotency key of a submit, so a
 * retried invoke finds its row, and one card can add at most one row.
 */
export function newCardNonce(): string {
  return randomBytes(12).toString('base64url');
}

/** What a nonce looks like (also what the card-submit schema accepts). */
export const cardNoncePattern = /^[A-Za-z0-9_-]{16,64}$/;

/** The idempotency key of a submit from a card: nonce + measure + the seq it was based on. */
export function statusIdempotencyKey(nonce: string, measureId: string, basedOnSeq: number): string {
  return `card:${nonce}:${measureId}:${basedOnSeq}`;
}
