import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';

describe('SQLite transactions', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createSqliteTestDatabase();
  });
  afterAll(async () => database?.destroy());

  it('take the write lock when they begin, so a later write waits instead of failing with SQLITE_BUSY', async () => {
    const other = new BetterSqlite3(database.where);
    other.pragma('busy_timeout = 0');
    try {
      await database.db.transaction().execute(async (trx) => {
        await trx.selectFrom('people').select('id').execute();
        // While our transaction is open (and has only read), nobody else can start writing.
        expect(() => other.exec('begin immediate')).toThrow(/database is locked/);
      });
      other.exec('begin immediate');
      other.exec('rollback');
    } finally {
      other.close();
    }
  });
});
