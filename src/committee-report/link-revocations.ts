import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import { downloadLinkMinutes } from './download-link.js';
import { TillitError } from '../errors.js';

/**
 * Revoked download links, shared by every server process: a link revoked
 * through one is refused by all. Links are short-lived, so a revocation
 * needs keeping only as long as a link can live.
 */
export interface LinkRevocations {
  revoke(token: string): Promise<void>;
  isRevoked(token: string): Promise<boolean>;
}

/** Something that is no download link (nor the address of one). */
export class LinkRevocationError extends TillitError<'download_link_unreadable'> {}

/** The token of a download link given as its address (…/rapport/hamta?t=…) or as the bare token. */
export function downloadToken(link: string): string {
  const trimmed = link.trim();
  let token = trimmed;
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      token = new URL(trimmed).searchParams.get('t') ?? '';
    } catch {
      token = '';
    }
  }
  if (!/^[\w-]+\.[\w-]+$/.test(token) || token.length > 1000) throw new LinkRevocationError('download_link_unreadable', 'No download token');
  return token;
}

/**
 * A link is known by a hash of its signature: the row holds neither the plan
 * nor the person it was for. The signature is hashed in its canonical
 * spelling, so a sibling spelling (same bytes) names the same link.
 */
function signatureHash(token: string): string {
  const canonical = Buffer.from(token.slice(token.indexOf('.') + 1), 'base64url').toString('base64url');
  return createHash('sha256').update(canonical).digest('base64url');
}

/** Revocations as rows (SQLite and PostgreSQL alike), forgotten once every link they could match has expired. */
export class DbLinkRevocations implements LinkRevocations {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  async revoke(token: string): Promise<void> {
    const now = this.clock.now().getTime();
    // No link lives longer than downloadLinkMinutes from now, whatever its (unverified) claims say.
    const expiresAt = new Date(now + (downloadLinkMinutes + 1) * 60_000).toISOString();
    await this.db
      .insertInto('revoked_download_links')
      .values({ signature_hash: signatureHash(token), expires_at: expiresAt })
      .onConflict((oc) => oc.column('signature_hash').doUpdateSet({ expires_at: expiresAt }))
      .execute();
    await this.db.deleteFrom('revoked_download_links').where('expires_at', '<', new Date(now).toISOString()).execute();
  }

  async isRevoked(token: string): Promise<boolean> {
    const row = await this.db.selectFrom('revoked_download_links').select('signature_hash').where('signature_hash', '=', signatureHash(token)).executeTakeFirst();
    return row !== undefined;
  }
}
