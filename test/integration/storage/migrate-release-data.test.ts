import fs from 'node:fs';
import path from 'node:path';
import { sql, Migrator, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../src/storage/migrate.js';
import { migrations } from '../../../src/storage/migrations/index.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { dumpRows, tablesInKeyOrder, type ReleaseData } from '../../helpers/release-data.js';

const fixture = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/release-data/release-0.1.0.json'), 'utf8')) as ReleaseData;

/** Brings a fresh database to exactly the schema of the release the fixture was taken from. */
async function migrateToRelease(database: TestDatabase): Promise<void> {
  const shipped = Object.fromEntries(fixture.migrations.map((name) => [name, migrations[name]!]));
  const schema = database.dialect === 'postgres' ? database.where : undefined;
  const { error } = await new Migrator({ db: database.db as Kysely<any>, provider: { getMigrations: async () => shipped }, migrationTableSchema: schema }).migrateToLatest();
  if (error) throw error;
}

describe.each(dialects)('migrating a database that holds data from release %s ($name)'.replace('%s', fixture.release), ({ create }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await create({ migrate: false });
  });
  afterAll(async () => database?.destroy());

  it('keeps every row of every table when brought up to the latest schema', async () => {
    // Shipped migrations are never renamed or removed.
    for (const name of fixture.migrations) expect(Object.keys(migrations), name).toContain(name);
    await migrateToRelease(database);
    for (const table of tablesInKeyOrder) {
      const rows = fixture.tables[table] ?? [];
      for (const row of rows) await sql`insert into ${sql.table(table)} (${sql.join(Object.keys(row).map((c) => sql.ref(c)))}) values (${sql.join(Object.values(row))})`.execute(database.db);
    }
    expect(Object.values(fixture.tables).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(50);

    await migrateToLatest(database.db);

    const after = await dumpRows(database.db);
    for (const table of tablesInKeyOrder) {
      const before = fixture.tables[table] ?? [];
      expect(after[table], table).toHaveLength(before.length);
      // New columns may appear; every value that was there is still there.
      expect(after[table], table).toEqual(expect.arrayContaining(before.map((row) => expect.objectContaining(row))));
    }
  });
});
