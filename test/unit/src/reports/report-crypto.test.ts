import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError } from '../../../../src/reports/crypto/aes-gcm.js';
import { formatReceiptCode, newReceiptCode, normaliseReceiptCode } from '../../../../src/reports/crypto/receipt-code.js';
import { MasterKeyMismatchError, ReportCrypto } from '../../../../src/reports/crypto/report-crypto.js';
import { siblingSpelling, tamperedToken } from '../../../helpers/tamper.js';

const crypto = new ReportCrypto(randomBytes(32));

describe('ReportCrypto', () => {
  it('encrypts a report under its own data key and opens it again', () => {
    const { key, wrapped } = crypto.newDataKey('r1');
    const sealed = crypto.encrypt(key, 'Han erbjöd mig pengar', 'report:r1:content');
    expect(sealed).not.toContain('pengar');
    expect(Buffer.from(sealed, 'base64').toString('utf8')).not.toContain('pengar');
    const unwrapped = crypto.unwrap(wrapped, 'r1');
    expect(crypto.decrypt(unwrapped, sealed, 'report:r1:content')).toBe('Han erbjöd mig pengar');
  });

  it('refuses a ciphertext moved to another report or field', () => {
    const { key } = crypto.newDataKey('r1');
    const sealed = crypto.encrypt(key, 'text', 'report:r1:content');
    expect(() => crypto.decrypt(key, sealed, 'report:r2:content')).toThrow(DecryptionError);
    expect(() => crypto.decrypt(key, sealed, 'report:r1:notes')).toThrow(DecryptionError);
  });

  it('refuses a tampered ciphertext', () => {
    const { key } = crypto.newDataKey('r1');
    const raw = Buffer.from(crypto.encrypt(key, 'text', 'p'), 'base64');
    raw[14]! ^= 1;
    expect(() => crypto.decrypt(key, raw.toString('base64'), 'p')).toThrow(DecryptionError);
  });

  it('refuses to unwrap a data key wrapped under another master key, saying so', () => {
    const other = new ReportCrypto(randomBytes(32));
    const { wrapped } = other.newDataKey('r1');
    expect(crypto.owns(wrapped)).toBe(false);
    expect(() => crypto.unwrap(wrapped, 'r1')).toThrow(MasterKeyMismatchError);
  });

  it('refuses a wrapped key copied to another report', () => {
    const { wrapped } = crypto.newDataKey('r1');
    expect(() => crypto.unwrap(wrapped, 'r2')).toThrow(DecryptionError);
  });

  it('hashes a receipt code with scrypt, the same way each time, differently per master key', async () => {
    const code = newReceiptCode();
    const hash = await crypto.hashReceiptCode(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await crypto.hashReceiptCode(code)).toBe(hash);
    expect(await new ReportCrypto(randomBytes(32)).hashReceiptCode(code)).not.toBe(hash);
    expect(hash).not.toContain(code);
  });

  it('seals tokens that cannot be forged, altered or used for another purpose', () => {
    const token = crypto.sealToken('inbox', { r: 'abc', e: 5 });
    expect(crypto.openToken('inbox', token)).toEqual({ r: 'abc', e: 5 });
    expect(crypto.openToken('form', token)).toBeUndefined();
    expect(crypto.openToken('inbox', tamperedToken(token))).toBeUndefined();
    expect(crypto.openToken('inbox', 'not a token')).toBeUndefined();
    const uneven = [{ r: 'a' }, { r: 'ab' }, { r: 'abc' }].map((payload) => crypto.sealToken('inbox', payload)).filter((t) => Buffer.from(t, 'base64url').length % 3 !== 0);
    expect(uneven.length).toBeGreaterThan(0);
    for (const t of uneven) expect(crypto.openToken('inbox', siblingSpelling(t))).toBeUndefined();
    expect(new ReportCrypto(randomBytes(32)).openToken('inbox', token)).toBeUndefined();
  });
});

describe('receipt codes', () => {
  it('has 20 random digits, shown in groups of four', () => {
    const code = newReceiptCode();
    expect(code).toMatch(/^\d{20}$/);
    expect(formatReceiptCode(code)).toMatch(/^\d{4} \d{4} \d{4} \d{4} \d{4}$/);
  });

  it('uses every digit in every position over many codes (no fixed or time-based parts)', () => {
    const seen = Array.from({ length: 20 }, () => new Set<string>());
    for (let i = 0; i < 400; i++) [...newReceiptCode()].forEach((d, pos) => seen[pos]!.add(d));
    expect(seen.every((s) => s.size === 10)).toBe(true);
  });

  it('accepts a code typed with spaces or dashes and refuses anything but 20 digits', () => {
    expect(normaliseReceiptCode('4821 0937-5562.1184 9023')).toBe('48210937556211849023');
    expect(normaliseReceiptCode('4821 0937 5562 1184 902')).toBeUndefined();
    expect(normaliseReceiptCode('4821 0937 5562 1184 902x')).toBeUndefined();
    expect(normaliseReceiptCode('')).toBeUndefined();
  });
});
