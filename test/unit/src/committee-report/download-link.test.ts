import { describe, expect, it } from 'vitest';
import { linkSecret, signDownload, verifyDownload } from '../../../../src/committee-report/download-link.js';
import { siblingSpelling } from '../../../helpers/tamper.js';

const secret = Buffer.alloc(32, 7);
const claims = { planId: 'plan-1', personId: 'person-1', format: 'docx' as const, asOf: '2025-03-31', expiresAt: 1_743_410_000 };
const before = new Date((claims.expiresAt - 60) * 1000);

describe('report download links', () => {
  it('round-trips the claims before expiry', () => {
    expect(verifyDownload(signDownload(claims, secret), secret, before)).toEqual(claims);
  });

  it('refuses a link after its expiry', () => {
    expect(() => verifyDownload(signDownload(claims, secret), secret, new Date(claims.expiresAt * 1000))).toThrow(expect.objectContaining({ code: 'download_expired' }));
  });

  it('refuses a link whose claims were changed, e.g. to another person or plan', () => {
    const token = signDownload(claims, secret);
    const forged = Buffer.from(JSON.stringify({ p: 'plan-2', u: 'person-1', f: 'docx', d: '2025-03-31', e: claims.expiresAt })).toString('base64url');
    expect(() => verifyDownload(`${forged}.${token.split('.')[1]}`, secret, before)).toThrow(expect.objectContaining({ code: 'download_invalid' }));
  });

  it('refuses a link signed with another key, and garbage', () => {
    const other = signDownload(claims, Buffer.alloc(32, 8));
    for (const token of [other, '', 'abc', 'a.b.c', `${other}x`]) {
      expect(() => verifyDownload(token, secret, before)).toThrow(expect.objectContaining({ code: 'download_invalid' }));
    }
  });

  it('accepts only the one spelling of a signature, not a sibling that decodes to the same bytes', () => {
    const token = signDownload(claims, secret);
    const sibling = siblingSpelling(token);
    expect(Buffer.from(sibling.split('.')[1]!, 'base64url')).toEqual(Buffer.from(token.split('.')[1]!, 'base64url'));
    expect(() => verifyDownload(sibling, secret, before)).toThrow(expect.objectContaining({ code: 'download_invalid' }));
  });

  it('derives the same key in every process from the app password, and a random one without', () => {
    expect(linkSecret(undefined, 'hemligt')).toEqual(linkSecret(undefined, 'hemligt'));
    expect(linkSecret(undefined, undefined)).not.toEqual(linkSecret(undefined, undefined));
    expect(linkSecret('x'.repeat(32), 'hemligt')).toEqual(Buffer.from('x'.repeat(32)));
  });
});
