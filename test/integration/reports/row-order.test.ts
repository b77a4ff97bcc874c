import fs from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../src/ports/clock.js';
import { appendAudit } from '../../../src/reports/audit-log.js';
import { ReportCrypto } from '../../../src/reports/crypto/report-crypto.js';
import { formSubmissionHash, issueFormToken } from '../../../src/reports/form-token.js';
import { ProofOfWork, defaultPowSettings } from '../../../src/reports/proof-of-work.js';
import type { ReportDeps } from '../../../src/reports/report-deps.js';
import { submitAnonymousReport } from '../../../src/reports/submit-report.js';
import { WriteCadence } from '../../../src/storage/write-cadence.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { kendallTau, kendallTauChanceSd, kendallTauWithinPages, kendallTauWithinPagesChanceSd, postgresPhysicalCells, sqlitePhysicalCells, sqliteRootPage } from '../../helpers/physical-order.js';
import { solvePow } from '../../helpers/report-client.js';

const draft = (i: number) => ({ categories: ['threat' as const], subject: 'self' as const, unit: null, happenedMonth: null, ongoing: null, text: `Rapport nummer ${i}.`, wantsContact: false });

/**
 * The red team's order test: reports arrive one by one, each with other
 * writes around it, and each is stored at its own beat of the write cadence
 * (the worst case: one report per beat). Afterwards the physical order of
 * the report rows — byte position in the SQLite file, heap order (ctid) in
 * PostgreSQL — must say nothing about the order they were sent in.
 */
describe.each(dialects)('the order of report rows on disk ($name)', ({ create }) => {
  let database: TestDatabase;
  let cadence: WriteCadence;
  let deps: ReportDeps & { pow: ProofOfWork };
  const clock = new FixedClock('2026-11-23T09:00:00Z');

  beforeAll(async () => {
    database = await create();
    cadence = new WriteCadence(database.db, database.dialect);
    const crypto = new ReportCrypto(randomBytes(32));
    deps = {
      db: database.db,
      clock,
      crypto,
      timeZone: 'Europe/Stockholm',
      config: { handlerIds: [], escalationIds: [], units: ['Socialtjänst'], retentionDays: 730, notifyTimes: ['08:00'], release: 'batch' as const, localReleaseSeconds: 60, powBits: 1, writeCadenceMs: 50 },
      anonymousWrites: cadence,
      pow: new ProofOfWork(crypto, clock, { ...defaultPowSettings, baseBits: 1, calmPerMinute: 1_000_000 }),
    };
  });
  afterAll(async () => {
    await database?.destroy();
  });

  /** Waits until the report (past its proof of work and receipt-code hash) waits for the beat. */
  const queued = async () => {
    while (cadence.waiting === 0) await new Promise((resolve) => setTimeout(resolve, 2));
  };

  /** Sends one report, writes something else meanwhile, beats; resolves with the report's submission hash. */
  const sendOne = async (i: number): Promise<string> => {
    const formToken = issueFormToken(deps.crypto, clock);
    const { challenge, bits } = await deps.pow.issue('report');
    const sent = submitAnonymousReport(deps, { draft: draft(i), formToken, pow: { challenge, nonce: solvePow(challenge, bits) } });
    await appendAudit(database.db, { reference: `AAA-${String(i).padStart(3, '0')}`, actor: { id: null, name: null }, action: 'reminder_sent', at: clock.now() });
    await queued();
    await cadence.beat();
    await sent;
    await appendAudit(database.db, { reference: `BBB-${String(i).padStart(3, '0')}`, actor: { id: null, name: null }, action: 'escalated', at: clock.now() });
    clock.advance(17 * 60 * 1000);
    return formSubmissionHash(deps.crypto, clock, formToken);
  };

  it('after 200 reports interleaved with other writes, row order correlates with sending order no better than chance (|τ| within 4 chance deviations, about 0.19)', async () => {
    const hashes: string[] = [];
    for (let i = 0; i < 200; i++) hashes.push(await sendOne(i));
    await cadence.beat();
    const rows = await database.db.selectFrom('reports').select(['id', 'submission_hash']).execute();
    const idOf = new Map(rows.map((r) => [r.submission_hash!, r.id]));
    const sentOrder = hashes.map((h) => idOf.get(h)!);
    const cells =
      database.dialect === 'sqlite'
        ? sqlitePhysicalCells(database.where, await sqliteRootPage(database.db, 'reports'))
        : await postgresPhysicalCells(database.db, 'reports');
    const physical = cells.map((c) => c.id);
    const withinPages = kendallTauWithinPages(sentOrder, cells);
    expect(new Set(physical)).toEqual(new Set(sentOrder));
    const tau = kendallTau(sentOrder, physical);
    const windows = [0, 50, 100, 150].map((from) => {
      const ids = new Set(sentOrder.slice(from, from + 50));
      return kendallTau(sentOrder.slice(from, from + 50), physical.filter((id) => ids.has(id)));
    });
    console.log(
      `${database.dialect}: Kendall τ(sending order, physical order) = ${tau.toFixed(3)} over 200 reports in ${new Set(cells.map((c) => c.page)).size} pages; ` +
        `within pages ${withinPages.toFixed(3)}; per 50: ${windows.map((w) => w.toFixed(3)).join(', ')}`,
    );
    // 200 reports, not 50: with random keys τ has a standard deviation of 0.047 here (0.098 for 50). Four deviations
    // (0.19) fail by chance once in 16,000 runs; three (0.15) failed once in 600. Arrival order shows as τ ≈ 0.9.
    expect(Math.abs(tau)).toBeLessThanOrEqual(4 * kendallTauChanceSd(sentOrder.length));
    // Within pages far fewer pairs are compared (sd ≈ 0.05–0.06 by chance): allow 4 chance deviations, never less than 0.15.
    // Arrival order shows as τ ≈ 0.9, far beyond either bound.
    expect(Math.abs(withinPages)).toBeLessThanOrEqual(Math.max(0.15, 4 * kendallTauWithinPagesChanceSd(cells)));
  }, 300_000);

  it('touches nothing when a report is posted, only at the beat — and every beat writes, report or not', async () => {
    // SQLite: the file's and the WAL's times and sizes. PostgreSQL: what is stored (reports, audit, heartbeat).
    const stat = async () => {
      if (database.dialect === 'sqlite') {
        const files = [database.where, `${database.where}-wal`].filter((f) => fs.existsSync(f));
        // Times, sizes and bytes: two writes within one tick of the file system's clock may leave the time alone.
        return files.map((f) => `${f}:${fs.statSync(f).mtimeMs}:${fs.statSync(f).size}:${createHash('sha256').update(fs.readFileSync(f)).digest('hex')}`).join('|');
      }
      const reports = await database.db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const audit = await database.db.selectFrom('report_audit').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const beat = await database.db.selectFrom('write_heartbeat').select('beat').executeTakeFirstOrThrow();
      return `${reports.n}:${audit.n}:${beat.beat}`;
    };
    await cadence.beat();
    const before = await stat();
    const formToken = issueFormToken(deps.crypto, clock);
    const { challenge, bits } = await deps.pow.issue('report');
    const sent = submitAnonymousReport(deps, { draft: draft(1), formToken, pow: { challenge, nonce: solvePow(challenge, bits) } });
    await queued();
    expect(await stat()).toBe(before);
    await cadence.beat();
    await sent;
    const afterReport = await stat();
    expect(afterReport).not.toBe(before);
    await cadence.beat();
    expect(await stat()).not.toBe(afterReport);
  });
});
