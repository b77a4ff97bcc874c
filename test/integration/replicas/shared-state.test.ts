import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDownload } from '../../../src/committee-report/download-link.js';
import { DbLinkRevocations, downloadToken } from '../../../src/committee-report/link-revocations.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { ReportCrypto } from '../../../src/reports/crypto/report-crypto.js';
import { DbPowLedger } from '../../../src/reports/db-pow-ledger.js';
import { DbBatchClaims } from '../../../src/reports/notifications/batch-claims.js';
import { defaultPowSettings, ProofOfWork } from '../../../src/reports/proof-of-work.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { solvePow } from '../../helpers/report-client.js';
import { siblingSpelling } from '../../helpers/tamper.js';

/** The shared state of several server processes, each "process" here being its own port object on one database. */
describe.each(dialects)('state shared through the database ($name)', ({ create }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => {
    await database?.destroy();
  });

  it('accepts a proof-of-work solution once across processes, and counts the load of all of them', async () => {
    const clock = new FixedClock('2026-11-23T10:00:10Z');
    const crypto = new ReportCrypto(randomBytes(32));
    const settings = { ...defaultPowSettings, baseBits: 4, calmPerMinute: 3 };
    const [a, b] = [new ProofOfWork(crypto, clock, settings, new DbPowLedger(database.db, clock)), new ProofOfWork(crypto, clock, settings, new DbPowLedger(database.db, clock))];
    const one = await a.issue('inbox');
    const nonce = solvePow(one.challenge, one.bits);
    await a.verify('inbox', one.challenge, nonce);
    await expect(b.verify('inbox', one.challenge, nonce)).rejects.toMatchObject({ code: 'proof_of_work_failed' });
    for (const pow of [a, b, b]) {
      const c = await pow.issue('inbox');
      await pow.verify('inbox', c.challenge, solvePow(c.challenge, c.bits));
    }
    // 4 solved in this minute, 2 at each: above the calm 3 for both, though neither alone is.
    expect([await a.currentBits(), await b.currentBits()]).toEqual([5, 5]);
    clock.advance(60_000);
    expect(await b.currentBits()).toBe(4);
  });

  it('keeps no nonce, no exact time and nothing about the asker, and forgets old minutes and expired challenges', async () => {
    const clock = new FixedClock('2026-11-24T10:03:17.250Z');
    const ledger = new DbPowLedger(database.db, clock);
    const nonce = randomBytes(12).toString('base64url');
    const expires = clock.now().getTime() + 5 * 60_000;
    expect(await ledger.spend(nonce, expires)).toBe(true);
    const spent = await database.db.selectFrom('pow_spent').selectAll().where('expires_window', '>=', Math.floor(expires / 300_000)).execute();
    expect(JSON.stringify(spent)).not.toContain(nonce);
    // The expiry only as the 5-minute window it falls in (10:10), not 10:08:17.250.
    expect(spent.map((r) => new Date(Number(r.expires_window) * 300_000).toISOString())).toEqual(['2026-11-24T10:10:00.000Z']);
    clock.advance(3 * 60_000);
    await ledger.forgetOld();
    const minutes = (await database.db.selectFrom('pow_load').select('minute').execute()).map((r) => Number(r.minute));
    expect(minutes.every((m) => m >= Math.floor(clock.now().getTime() / 60_000) - 1)).toBe(true);
    clock.advance(20 * 60_000);
    await ledger.forgetOld();
    expect(await database.db.selectFrom('pow_spent').selectAll().execute()).toEqual([]);
  });

  it('gives a batch time to exactly one of several processes claiming it at once', async () => {
    const slot = new Date('2026-11-24T07:00:00Z');
    const claims = Array.from({ length: 5 }, (_, i) => new DbBatchClaims(database.db, `process-${i}`));
    const won = await Promise.all(claims.map((c) => c.claim('report_batch', slot)));
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(await claims[0]!.claim('report_batch', new Date('2026-11-24T12:00:00Z'))).toBe(true);
  });

  it('refuses in every process a link revoked in one, and only that link', async () => {
    const clock = new FixedClock('2026-11-24T10:00:00Z');
    const secret = randomBytes(32);
    const claims = { planId: 'p', personId: 'u', asOf: '2026-11-24', expiresAt: Math.floor(clock.now().getTime() / 1000) + 900 };
    const docx = signDownload({ ...claims, format: 'docx' }, secret);
    const xlsx = signDownload({ ...claims, format: 'xlsx' }, secret);
    await new DbLinkRevocations(database.db, clock).revoke(downloadToken(`https://tillit.test/rapport/hamta?t=${docx}`));
    const elsewhere = new DbLinkRevocations(database.db, clock);
    expect(await elsewhere.isRevoked(docx)).toBe(true);
    expect(await elsewhere.isRevoked(siblingSpelling(docx))).toBe(true);
    expect(await elsewhere.isRevoked(xlsx)).toBe(false);
    const stored = JSON.stringify(await database.db.selectFrom('revoked_download_links').selectAll().execute());
    expect(stored).not.toContain(docx.split('.')[1]!);
    expect(() => downloadToken('https://tillit.test/rapport/hamta')).toThrow(expect.objectContaining({ code: 'download_link_unreadable' }));
  });
});
