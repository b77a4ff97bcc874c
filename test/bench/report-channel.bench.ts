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
  description: 'scrypt(N=2^15,r=8) per receipt code; form GET+POST per report over HTTP (SQLite file); 1000 wrong codes against the global throttle.',
  async run() {
    const crypto = new ReportCrypto(randomBytes(32));
    const hashes: number[] = [];
    for (let i = 0; i < 30; i++) hashes.push(await timed(() => crypto.hashReceiptCode(newReceiptCode())));

    const database = await createSqliteTestDatabase();
    const { bot, client } = await startReportApp(database, { clock: new FixedClock('2026-11-23T10:00:00Z') });
    const reports: number[] = [];
    try {
      for (let i = 0; i < 50; i++) reports.push(await timed(() => client.report(reportFields({ text: `Rapport ${i} `.repeat(40) }))));
      const started = process.hrtime.bigint();
      const statuses = await Promise.all(
        Array.from({ length: 1000 }, (_, i) => client.post('/anmalan/inkorg', { code: String(i).padStart(20, '9') }).then((p) => p.status)),
      );
      const floodMs = Number(process.hrtime.bigint() - started) / 1e6;
      return [
        { measure: 'receipt-code hash (scrypt)', n: hashes.length, p50_ms: ms(percentile(hashes, 50)), p95_ms: ms(percentile(hashes, 95)), note: 'cost of one guess' },
        { measure: 'anonymous report, form GET + POST', n: reports.length, p50_ms: ms(percentile(reports, 50)), p95_ms: ms(percentile(reports, 95)), note: 'includes one scrypt' },
        {
          measure: '1000 wrong codes sent at once',
          n: 1000,
          p50_ms: ms(floodMs / 1000),
          p95_ms: ms(floodMs),
          note: `${statuses.filter((s) => s === 429).length} throttled, ${statuses.filter((s) => s === 404).length} hashed; p95 column = whole flood`,
        },
        { measure: 'peak RSS', n: 1, p50_ms: peakRssMiB(), p95_ms: peakRssMiB(), note: 'MiB' },
      ];
    } finally {
      await bot.stop();
      await database.destroy();
    }
  },
};
