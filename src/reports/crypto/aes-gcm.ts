import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { TillitError } from '../../errors.js';

const ivBytes = 12;
const tagBytes = 16;

/** Raised when a ciphertext does not open: wrong key, wrong place (AAD) or tampered. */
export class DecryptionError extends TillitError<'decryption_failed'> {}

/**
 * AES-256-GCM with a fresh random IV. The additional data binds a ciphertext
 * to where it belongs (report id, field), so it cannot be moved to another
 * report or field. Returns base64 of iv | ciphertext | tag.
 */
export function seal(key: Buffer, plaintext: Buffer | string, aad: string): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
}

/** Opens what `seal` made with the same key and additional data, or throws DecryptionError. */
export function open(key: Buffer, sealed: string, aad: string): Buffer {
  const raw = Buffer.from(sealed, 'base64');
  if (raw.length < ivBytes + tagBytes) throw new DecryptionError('decryption_failed', 'Ciphertext too short');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, ivBytes));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(raw.subarray(raw.length - tagBytes));
    return Buffer.concat([decipher.update(raw.subarray(ivBytes, raw.length - tagBytes)), decipher.final()]);
  } catch (error) {
    throw new DecryptionError('decryption_failed', 'Ciphertext did not authenticate', {}, { cause: error });
  }
}
