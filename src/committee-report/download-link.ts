import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { isIsoDate } from '../calendar/iso-date.js';
import { TillitError } from '../errors.js';

/** What a report download link allows: one person, one plan, one day, one format, until a time. */
export interface DownloadClaims {
  planId: string;
  personId: string;
  format: 'docx' | 'xlsx';
  asOf: string;
  /** Unix seconds. */
  expiresAt: number;
}

/** A link that was tampered with, or has expired. */
export class DownloadLinkError extends TillitError<'download_invalid' | 'download_expired'> {}

/** How long a link works. Short: a forwarded link soon stops working. */
export const downloadLinkMinutes = 15;

const claimsSchema = z.object({
  p: z.string().min(1).max(100),
  u: z.string().min(1).max(100),
  f: z.enum(['docx', 'xlsx']),
  d: z.string().refine(isIsoDate),
  e: z.number().int().positive(),
});

function mac(payload: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** Signs claims into a URL-safe token: base64url(JSON).base64url(HMAC-SHA256). */
export function signDownload(claims: DownloadClaims, secret: Buffer): string {
  const payload = Buffer.from(
    JSON.stringify({ p: claims.planId, u: claims.personId, f: claims.format, d: claims.asOf, e: claims.expiresAt }),
  ).toString('base64url');
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

/**
 * Checks a token's signature (in constant time) and expiry; returns its
 * claims. The caller must still check that the person may read the plan
 * now: a link never outlives the access it was made for.
 */
export function verifyDownload(token: string, secret: Buffer, now: Date): DownloadClaims {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 1000) throw new DownloadLinkError('download_invalid', 'Malformed link');
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  // Only the one canonical spelling: base64url's last character has bits a decoder ignores, and a
  // sibling spelling of a revoked link's signature must not pass as another link.
  if (given.toString('base64url') !== signature) throw new DownloadLinkError('download_invalid', 'Non-canonical signature');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new DownloadLinkError('download_invalid', 'Bad signature');
  let parsed: z.infer<typeof claimsSchema>;
  try {
    parsed = claimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    throw new DownloadLinkError('download_invalid', 'Unreadable claims');
  }
  if (parsed.e * 1000 <= now.getTime()) throw new DownloadLinkError('download_expired', 'Link expired');
  return { planId: parsed.p, personId: parsed.u, format: parsed.f, asOf: parsed.d, expiresAt: parsed.e };
}

/**
 * The signing key: TILLIT_LINK_SECRET when set; else derived (HKDF) from the
 * bot's app password, which every server process of one deployment shares;
 * else, locally, a random key for this process (links die with a restart).
 */
export function linkSecret(configured: string | undefined, appPassword: string | undefined): Buffer {
  if (configured) return Buffer.from(configured, 'utf8');
  if (appPassword) return Buffer.from(hkdfSync('sha256', appPassword, 'tillit', 'report-download-links', 32));
  return randomBytes(32);
}
