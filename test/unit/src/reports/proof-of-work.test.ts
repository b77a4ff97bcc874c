import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../../../src/ports/clock.js';
import { ReportCrypto } from '../../../../src/reports/crypto/report-crypto.js';
import { defaultPowSettings, leadingZeroBits, powHash, ProofOfWork } from '../../../../src/reports/proof-of-work.js';
import { solvePow } from '../../../helpers/report-client.js';

function setup(baseBits = 4) {
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  const pow = new ProofOfWork(new ReportCrypto(randomBytes(32)), clock, { ...defaultPowSettings, baseBits });
  const solveOne = async () => {
    const { challenge, bits } = await pow.issue('report');
    await pow.verify('report', challenge, solvePow(challenge, bits));
  };
  return { clock, pow, solveOne };
}

describe('the proof of work', () => {
  it('counts leading zero bits of a hash', () => {
    expect(leadingZeroBits(Uint8Array.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0x01, 0xff]))).toBe(7);
    expect(leadingZeroBits(Uint8Array.from([0x00, 0x00, 0x3f]))).toBe(18);
    expect(leadingZeroBits(Uint8Array.from([0x00, 0x00]))).toBe(16);
  });

  it('asks 14 bits when calm, by default', async () => {
    expect((await new ProofOfWork(new ReportCrypto(randomBytes(32)), new FixedClock('2026-11-23T10:00:00Z')).issue('inbox')).bits).toBe(14);
  });

  it('asks one bit more for each doubling of solved challenges per minute above 30, at most 6, and calms down after a minute', async () => {
    const { clock, pow, solveOne } = setup();
    for (let i = 0; i < 30; i++) await solveOne();
    expect(await pow.currentBits()).toBe(4);
    await solveOne();
    expect(await pow.currentBits()).toBe(5);
    for (let i = 0; i < 30; i++) await solveOne();
    expect(await pow.currentBits()).toBe(6);
    clock.advance(61_000);
    expect(await pow.currentBits()).toBe(4);
    for (let i = 0; i < 30 * 2 ** 8; i++) await pow['ledger'].spend(`n${i}`, clock.now().getTime() + 60_000);
    expect(await pow.currentBits()).toBe(10);
  });

  it('does not count refused attempts: junk cannot raise the difficulty for honest reporters', async () => {
    const { pow } = setup();
    for (let i = 0; i < 1000; i++) await expect(pow.verify('report', 'x'.repeat(40), '1')).rejects.toMatchObject({ code: 'proof_of_work_failed' });
    expect(await pow.currentBits()).toBe(4);
  });

  it('accepts a solution once, for its own purpose, before it expires, and only with enough zero bits', async () => {
    const { clock, pow } = setup(8);
    const { challenge, bits } = await pow.issue('inbox');
    const nonce = solvePow(challenge, bits);
    await expect(pow.verify('report', challenge, nonce)).rejects.toMatchObject({ code: 'proof_of_work_failed' });
    let lazy = 0;
    while (leadingZeroBits(powHash(challenge, String(lazy))) >= bits) lazy++;
    await expect(pow.verify('inbox', challenge, String(lazy))).rejects.toMatchObject({ code: 'proof_of_work_failed' });
    await expect(pow.verify('inbox', challenge, nonce)).resolves.toBeUndefined();
    await expect(pow.verify('inbox', challenge, nonce)).rejects.toMatchObject({ code: 'proof_of_work_failed' });
    const late = await pow.issue('inbox');
    clock.advance(5 * 60_000 + 1);
    await expect(pow.verify('inbox', late.challenge, solvePow(late.challenge, late.bits))).rejects.toMatchObject({ code: 'proof_of_work_failed' });
    await expect(pow.verify('inbox', { toString: () => challenge }, nonce)).rejects.toMatchObject({ code: 'proof_of_work_failed' });
  });
});
