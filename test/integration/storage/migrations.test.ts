import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../src/storage/migrate.js';
import { migrations } from '../../../src/storage/migrations/index.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';

describe.each(dialects)('migrations on $name', ({ create }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => database?.destroy());

  it('creates every table and records every migration', async () => {
    const tables = (await database.db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['people', 'conversations']));
    const applied = await database.db
      .selectFrom('kysely_migration' as any)
      .select('name' as any)
      .execute();
    expect(applied.map((r: any) => r.name)).toEqual(Object.keys(migrations));
  });

  it('is a no-op when run again', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });
});
