import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/storage/migrations/index.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';

const latest = Object.keys(migrations).sort().at(-1)!;

describe.each(dialects)('/readyz on $name', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database, { env: { TILLIT_REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  const readyz = async () => {
    const res = await fetch(`${bot.baseUrl}/readyz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('is ready when the database answers, its schema is this build’s and the keys are loaded', async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ok', database: true, migrations: true, keys: true } });
  });

  it('waits (503) while the schema lacks this build’s latest migration, as a new replica before `tillit migrate`, and is ready again after', async () => {
    await sql`delete from kysely_migration where name = ${latest}`.execute(database.db);
    try {
      expect(await readyz()).toEqual({ status: 503, body: { status: 'unavailable', database: true, migrations: false, keys: true } });
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${latest}, ${new Date().toISOString()})`.execute(database.db);
    }
    expect((await readyz()).status).toBe(200);
  });

  it('says nothing but true or false about each check, and /livez answers without the database', async () => {
    const body = JSON.stringify((await readyz()).body);
    expect(body).not.toMatch(/sqlite|postgres|\/|\\|key=|secret/iu);
    expect((await fetch(`${bot.baseUrl}/livez`)).status).toBe(200);
  });
});
