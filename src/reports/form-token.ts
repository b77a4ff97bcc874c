import { randomBytes } from 'node:crypto';
import type { Clock } from '../ports/clock.js';
import { sha256Hex, type ReportCrypto } from './crypto/report-crypto.js';
import { ReportError } from './report-errors.js';

/** How long a rendered form or reply box stays valid. */
export const formTokenLifetimeMs = 24 * 60 * 60 * 1000;

/**
 * A one-time token for a rendered form: sealed (so only Tillit can make one)
 * and carrying a random nonce. Nothing is stored when it is issued; once a
 * report or answer is saved, the nonce's hash is stored with it, so the same
 * post sent twice (back button, double click, replay) is refused.
 */
export function issueFormToken(crypto: ReportCrypto, clock: Clock): string {
  return crypto.sealToken('form', { n: randomBytes(16).toString('base64url'), e: clock.now().getTime() + formTokenLifetimeMs });
}

/** The hash to store for a valid form token; a forged or expired one is refused. */
export function formSubmissionHash(crypto: ReportCrypto, clock: Clock, token: unknown): string {
  const payload = typeof token === 'string' ? crypto.openToken('form', token) : undefined;
  if (!payload || typeof payload.n !== 'string' || typeof payload.e !== 'number' || payload.e < clock.now().getTime()) {
    throw new ReportError('form_expired', 'Form token missing, forged or expired');
  }
  return sha256Hex(`form:${payload.n}`);
}
