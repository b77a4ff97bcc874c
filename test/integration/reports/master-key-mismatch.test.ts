import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';
import { startReportApp } from '../../helpers/report-app.js';
import { receiptCodeOf } from '../../helpers/report-client.js';
import { waitUntil } from '../../helpers/reminder-child.js';

describe('a master key that does not match the stored reports', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createSqliteTestDatabase();
  });
  afterAll(async () => database?.destroy());

  it('is logged at start as an error in Swedish, before anyone opens a case', { timeout: 30_000 }, async () => {
    const first = await startReportApp(database, { env: { TILLIT_MASTER_KEY: randomBytes(32).toString('base64') } });
    expect(receiptCodeOf((await first.client.report()).html)).toMatch(/^\d{20}$/);
    await first.bot.stop();

    const second = await startReportApp(database, { env: { TILLIT_MASTER_KEY: randomBytes(32).toString('base64') } });
    try {
      await waitUntil(() => second.bot.logs.text.includes('master_key_mismatch'), 10_000, 'the mismatch to be logged');
      const line = JSON.parse(second.bot.logs.lines.find((l) => l.includes('master_key_mismatch'))!);
      expect(line.level).toBe(50);
      expect(line.msg).toBe('TILLIT_MASTER_KEY stämmer inte med nyckeln som lagrade anmälningar krypterades med; de kan inte läsas förrän rätt nyckel är satt.');
    } finally {
      await second.bot.stop();
    }
  });
});
