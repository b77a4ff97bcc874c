import { randomBytes } from 'node:crypto';
import { ReportCrypto } from '../../src/reports/crypto/report-crypto.js';
import { newReceiptCode } from '../../src/reports/crypto/receipt-code.js';
import { FixedClock } from '../../src/ports/clock.js';
import { createSqliteTestDatabase } from '../helpers/databases.js';
import { startReportApp } from '../helpers/report-app.js';
import { reportFields } from '../helpers/report-client.js';
import { ms, peakRssMiB, percentile, type Benchmark } from './bench-types.js';

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * The anonymous report channel: the cost of the memory-hard receipt-code
 * hash (what each guess costs), a report through the real HTTP form on
 * SQLite, and how cheaply the throttle turns away a flood of wrong codes.
 */
export const reportChannelBenchmark: Benchmark = {
  name: 'report-channel',
  description: 'scrypt(N=2^15,r=8) per receipt code; form GET+POST (with proof of work and the write cadence) per report over HTTP (SQLite file); 1000 code guesses without work; the work itself.',
  async run() {
    const crypto = new ReportCrypto(randomBytes(32));
    const hashes: number[] = [];
    for (let i = 0; i < 30; i++) hashes.push(await timed(() => crypto.hashReceiptCode(newReceiptCode())));

    const database = await createSqliteTestDatabase();
    const { bot, client } = await startReportApp(database, { clock: new FixedClock('2026-11-23T10:00:00Z'), env: { TILLIT_WRITE_CADENCE_SECONDS: '0.05' } });
    const reports: number[] = [];
    try {
      for (let i = 0; i < 50; i++) reports.push(await timed(() => client.report(reportFields({ text: `Rapport ${i} `.repeat(40) }))));
      const started = process.hrtime.bigint();
      const statuses = await Promise.all(
        Array.from({ length: 1000 }, (_, i) => client.post('/anmalan/inkorg', { code: String(i).padStart(20, '9'), pow: 'x'.repeat(40), powNonce: '1' }).then((p) => p.status)),
      );
      const floodMs = Number(process.hrtime.bigint() - started) / 1e6;
      const solves: number[] = [];
      for (let i = 0; i < 30; i++) solves.push(await timed(() => client.pow('report')));
      return [
        { measure: 'receipt-code hash (scrypt)', n: hashes.length, p50_ms: ms(percentile(hashes, 50)), p95_ms: ms(percentile(hashes, 95)), note: 'cost of one guess' },
        { measure: 'anonymous report, form GET + POST', n: reports.length, p50_ms: ms(percentile(reports, 50)), p95_ms: ms(percentile(reports, 95)), note: 'includes one scrypt' },
        {
          measure: '1000 code guesses without proof of work, at once',
          n: 1000,
          p50_ms: ms(floodMs / 1000),
          p95_ms: ms(floodMs),
          note: `${statuses.filter((s) => s === 400).length} refused before any hash, ${Math.round(1000 / (floodMs / 1000))}/s; p95 column = whole flood`,
        },
        { measure: 'proof of work, 14 bits, native SHA-256', n: solves.length, p50_ms: ms(percentile(solves, 50)), p95_ms: ms(percentile(solves, 95)), note: 'an attacker’s cost per request; a browser (WebCrypto) is ~13× slower' },
        { measure: 'peak RSS', n: 1, p50_ms: peakRssMiB(), p95_ms: peakRssMiB(), note: 'MiB' },
      ];
    } finally {
      await bot.stop();
      await database.destroy();
    }
  },
};
