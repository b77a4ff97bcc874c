import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { errorCode } from '../../../bot/error-surface.js';
import { errorCard } from '../../../cards/error-card.js';
import type { CliIo } from '../../../cli/cli-io.js';
import { describeCliError } from '../../../cli/describe-error.js';
import { runCli } from '../../helpers/cli-run.js';
import { cardText } from '../../helpers/cards.js';
import { createOwnPostgresDatabase, testPostgresUrl } from '../../helpers/databases.js';

const io: CliIo = { out: () => {}, err: () => {}, env: {}, cwd: process.cwd(), locale: 'sv' };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-trouble-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The error a real SQLite file raises when it has no room left (its page limit stands in for a full disk). */
function sqliteFullError(): unknown {
  const db = new BetterSqlite3(path.join(dir, 'full.sqlite'));
  try {
    db.exec('create table t (x blob)');
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
    db.prepare('insert into t values (?)').run(Buffer.alloc(64 * 1024));
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  throw new Error('the insert should not fit');
}

/** The error a real SQLite file raises when it is opened read-only and written. */
function sqliteReadonlyError(): unknown {
  const file = path.join(dir, 'readonly.sqlite');
  new BetterSqlite3(file).exec('create table if not exists t (x)');
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    db.exec('insert into t values (1)');
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  throw new Error('the write should be refused');
}

describe('database trouble is said in Swedish, not "oväntat fel"', () => {
  it('a PostgreSQL server that refuses the connection (ECONNREFUSED): one line saying the database does not answer', async () => {
    const url = new URL(testPostgresUrl());
    url.port = '1';
    const result = await runCli(['migrate'], { DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' });
    expect(result.exitCode).toBe(1);
    expect(result.err).toBe('tillit: fel: databasen svarar inte eller tar inte emot anslutningar just nu (ECONNREFUSED), t.ex. för att den startas om. Inget sparat har gått förlorat; försök igen om en stund.');
  });

  it('a database that does not accept connections (55000, as while it restarts): the same line, naming the code', { timeout: 30_000 }, async () => {
    const database = await createOwnPostgresDatabase();
    try {
      await database.acceptConnections(false);
      await database.terminateConnections();
      const result = await runCli(['plan', 'list'], { DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
      expect(result.exitCode).toBe(1);
      expect(result.err).toContain('databasen svarar inte eller tar inte emot anslutningar just nu (55000)');
    } finally {
      await database.acceptConnections(true);
      await database.destroy();
    }
  });

  it('SQLITE_FULL says the disk or database is full and that nothing already saved is lost', () => {
    const error = sqliteFullError();
    expect((error as { code: string }).code).toBe('SQLITE_FULL');
    expect(describeCliError(io, error)).toEqual({
      line: 'tillit: fel: disken eller databasen är full (SQLITE_FULL), så ingenting kunde sparas. Frigör utrymme och kör kommandot igen; det som redan var sparat finns kvar.',
      exitCode: 1,
    });
    expect(cardText(errorCard({ code: errorCode(error) }, 'sv'))).toContain('Tillits databas är full, så det här kunde inte sparas.');
  });

  it('SQLITE_READONLY says the database cannot be written and what to check', () => {
    const error = sqliteReadonlyError();
    expect((error as { code: string }).code).toBe('SQLITE_READONLY');
    expect(describeCliError(io, error).line).toBe(
      'tillit: fel: databasen går bara att läsa, inte skriva (SQLITE_READONLY). Kontrollera filens och mappens rättigheter (eller databasens läge) och kör kommandot igen; det som redan var sparat finns kvar.',
    );
    expect(cardText(errorCard({ code: errorCode(error) }, 'sv'))).toContain('Tillits databas går just nu bara att läsa');
  });
});
