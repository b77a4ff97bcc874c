import { createHash, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { TillitError } from '../../errors.js';
import { open, seal } from './aes-gcm.js';

/** scrypt cost: N = 2^15, r = 8 → 32 MiB of memory and tens of milliseconds per guess. */
const scryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** Raised when stored reports were encrypted under another master key than the one configured. */
export class MasterKeyMismatchError extends TillitError<'master_key_mismatch'> {}

function subkey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `tillit/${purpose}/v1`, 32));
}

/**
 * Envelope encryption for reports. Each report has its own random data key,
 * wrapped (AES-256-GCM) by a key derived from the master key; destroying the
 * wrapped key destroys the report. Also hashes receipt codes (scrypt, with a
 * secret pepper so a stolen database alone cannot even be brute-forced) and
 * seals short-lived stateless tokens.
 */
export class ReportCrypto {
  /** A short fingerprint of the master key, stored with each wrapped key to detect a wrong key. */
  readonly keyId: string;
  readonly #wrapKey: Buffer;
  readonly #pepper: Buffer;
  readonly #tokenKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new RangeError('master key must be 32 bytes');
    this.keyId = createHash('sha256').update('tillit/key-id/v1').update(masterKey).digest('hex').slice(0, 12);
    this.#wrapKey = subkey(masterKey, 'wrap');
    this.#pepper = subkey(masterKey, 'receipt-pepper');
    this.#tokenKey = subkey(masterKey, 'token');
  }

  /** A fresh data key for one report and its wrapped form for storage. */
  newDataKey(reportId: string): { key: Buffer; wrapped: string } {
    const key = randomBytes(32);
    return { key, wrapped: `v1:${this.keyId}:${seal(this.#wrapKey, key, `report-key:${reportId}`)}` };
  }

  /** Unwraps a report's data key; a key made under another master key is a clear error. */
  unwrap(wrapped: string, reportId: string): Buffer {
    const [version, keyId, sealed] = wrapped.split(':');
    if (version !== 'v1' || !sealed) throw new MasterKeyMismatchError('master_key_mismatch', 'Unknown key format');
    if (keyId !== this.keyId) throw new MasterKeyMismatchError('master_key_mismatch', 'Wrapped under another master key', { keyId });
    return open(this.#wrapKey, sealed, `report-key:${reportId}`);
  }

  /** True when a stored wrapped key was made under this master key. */
  owns(wrapped: string): boolean {
    return wrapped.split(':')[1] === this.keyId;
  }

  /** Encrypts text under a report's data key, bound to `place` (e.g. "report:<id>:content"). */
  encrypt(dataKey: Buffer, text: string, place: string): string {
    return seal(dataKey, text, place);
  }

  decrypt(dataKey: Buffer, sealed: string, place: string): string {
    return open(dataKey, sealed, place).toString('utf8');
  }

  /** The memory-hard hash a receipt code is stored and looked up as. */
  hashReceiptCode(code: string): Promise<string> {
    return new Promise((resolve, reject) => {
      scrypt(code, this.#pepper, 32, scryptOptions, (error, hash) => (error ? reject(error) : resolve(hash.toString('hex'))));
    });
  }

  /** Seals a small payload (an id and an expiry) into an opaque, tamper-proof token. */
  sealToken(purpose: string, payload: Record<string, string | number>): string {
    return Buffer.from(seal(this.#tokenKey, JSON.stringify(payload), `token:${purpose}`), 'base64').toString('base64url');
  }

  /** Opens a token made by sealToken for the same purpose; undefined when forged, altered or for another purpose. */
  openToken(purpose: string, token: string): Record<string, unknown> | undefined {
    if (!/^[A-Za-z0-9_-]{20,2000}$/.test(token)) return undefined;
    const bytes = Buffer.from(token, 'base64url');
    // One spelling per token: base64url's last character has bits a decoder ignores.
    if (bytes.toString('base64url') !== token) return undefined;
    try {
      const text = open(this.#tokenKey, bytes.toString('base64'), `token:${purpose}`).toString('utf8');
      const value: unknown = JSON.parse(text);
      return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
}

/** SHA-256 hex of a one-time value (a submission token's nonce); fast, as the value is random. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
