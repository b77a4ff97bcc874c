import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByState } from '../../../src/reminders/outbox-repository.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { bulkSeed } from '../../helpers/bulk-seed.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { testCycle } from '../../helpers/reminder-setup.js';
import { SteerableClock } from '../../helpers/steerable-clock.js';

const thursday = '2024-10-24T08:00:00Z';
const fanOut = 40;
const concurrency = 4;

/** Makes marking a row sent fail as a full disk would (PostgreSQL: the real disk_full code). */
async function breakMarkingSent(database: TestDatabase): Promise<void> {
  if (database.dialect === 'sqlite') {
    await sql`create trigger fault_disk_full before update of state on reminder_outbox when new.state = 'sent' begin select raise(abort, 'database or disk is full'); end`.execute(database.db);
    return;
  }
  await sql`create function fault_disk_full() returns trigger language plpgsql as $$ begin raise exception 'could not extend file' using errcode = 'disk_full'; end $$`.execute(database.db);
  await sql`create trigger fault_disk_full before update on reminder_outbox for each row when (new.state = 'sent') execute function fault_disk_full()`.execute(database.db);
}

async function repairMarkingSent(database: TestDatabase): Promise<void> {
  await sql`drop trigger fault_disk_full${database.dialect === 'postgres' ? sql` on reminder_outbox` : sql``}`.execute(database.db);
}

describe.each(dialects)('a dispatcher that cannot record what it sent ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  const clock = new SteerableClock(thursday);
  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database, { clock, env: { TILLIT_REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  it('stops sending at the first write that fails for good, fails the run, and loses nothing when the disk has room again', async () => {
    const { conversationIds } = await bulkSeed(database.db, { measures: fanOut, people: fanOut, serviceUrl: bot.serviceUrl, deadline: '2024-10-31' });
    await breakMarkingSent(database);
    const { cycle } = testCycle({ db: database.db, dialect: database.dialect, clock, messenger: bot.running.app.messenger }, { concurrency });
    await expect(cycle.runOnce()).rejects.toThrow();
    const sentWhileBroken = bot.connector.sent().length;
    // Only the sends already in flight when the first mark failed went out.
    expect(sentWhileBroken).toBeGreaterThan(0);
    expect(sentWhileBroken).toBeLessThanOrEqual(concurrency);
    expect((await countByState(database.db)).sent).toBe(0);

    await repairMarkingSent(database);
    await cycle.runOnce(5000);
    const received = conversationIds.map((id) => bot.connector.sent(id).length);
    expect(received.filter((n) => n === 0)).toEqual([]);
    expect(received.reduce((sum, n) => sum + n - 1, 0)).toBe(sentWhileBroken);
    expect(await countByState(database.db)).toMatchObject({ sent: fanOut, pending: 0, sending: 0 });
  });
});
