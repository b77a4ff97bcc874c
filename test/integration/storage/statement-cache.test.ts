import { sql } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { StatementCache } from '../../../src/storage/database.js';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';

describe('StatementCache (prepared statements kept for SQLite)', () => {
  const open: BetterSqlite3.Database[] = [];
  const sqlite = () => {
    const db = new BetterSqlite3(':memory:');
    open.push(db);
    return db;
  };
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
  });

  it('prepares a statement once and hands the same one back for the same SQL text', () => {
    const cache = new StatementCache(sqlite());
    const first = cache.prepare('select 1 as n');
    expect(cache.prepare('select 1 as n')).toBe(first);
    expect(cache.prepare('select 2 as n')).not.toBe(first);
    expect(cache.size).toBe(2);
  });

  it('keeps at most its limit, dropping the least recently used', () => {
    const cache = new StatementCache(sqlite(), 2);
    const a = cache.prepare('select 1');
    const b = cache.prepare('select 2');
    expect(cache.prepare('select 1')).toBe(a); // 1 is now younger than 2
    cache.prepare('select 3');
    expect(cache.size).toBe(2);
    expect(cache.prepare('select 1')).toBe(a);
    expect(cache.prepare('select 2')).not.toBe(b);
  });

  it('answers a cached statement with the current schema after the table changed (a migration)', () => {
    const db = sqlite();
    const cache = new StatementCache(db);
    db.exec("create table t (a integer); insert into t values (1)");
    expect(cache.prepare('select * from t').all()).toEqual([{ a: 1 }]);
    db.exec('alter table t add column b integer default 7');
    expect(cache.prepare('select * from t').all()).toEqual([{ a: 1, b: 7 }]);
  });

  it('closes the database it wraps', () => {
    const db = sqlite();
    const cache = new StatementCache(db);
    cache.prepare('select 1');
    cache.close();
    expect(db.open).toBe(false);
    expect(cache.size).toBe(0);
  });

  describe('behind Kysely', () => {
    let database: TestDatabase;
    afterEach(async () => database?.destroy());

    it('streams a query while the same statement text is used again afterwards, and keeps transactions working', async () => {
      database = await createSqliteTestDatabase();
      const rows: unknown[] = [];
      for await (const row of database.db.selectFrom('plans').select('id').stream()) rows.push(row);
      expect(rows).toEqual([]);
      await database.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
      });
      expect(await database.db.selectFrom('plans').select('id').execute()).toEqual([]);
    });
  });
});
