import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type TillitDatabase } from '../../src/storage/database.js';
import type { DatabaseLocation } from '../../src/storage/database-url.js';
import { migrateToLatest } from '../../src/storage/migrate.js';

/** The PostgreSQL server tests use: TEST_DATABASE_URL, else this machine's default. */
export function testPostgresUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return url;
  if (process.env.CI === 'true') throw new Error('TEST_DATABASE_URL must be set in CI');
  return 'postgres://postgres@127.0.0.1:5432/test';
}

/** A migrated database for one test file, plus where it lives (to grep it or hand it to a child process). */
export interface TestDatabase extends TillitDatabase {
  location: DatabaseLocation;
  /** The DATABASE_URL a child process would use to reach the same data. */
  url: string;
  /** SQLite: the file; PostgreSQL: the schema name. */
  where: string;
}

/** How a test database is made: migrated (default) and, to count statements, with a hook (see OpenDatabaseOptions). */
export interface TestDatabaseOptions {
  migrate?: boolean;
  onStatement?: (sql: string) => void;
}

function onStatementOf(options: TestDatabaseOptions) {
  return options.onStatement ? { onStatement: options.onStatement } : {};
}

/** Creates a fresh SQLite file in a temporary folder. */
export async function createSqliteTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-test-'));
  const file = path.join(dir, 'tillit.sqlite');
  const location: DatabaseLocation = { dialect: 'sqlite', file };
  const database = openDatabase(location, onStatementOf(options));
  if (options.migrate !== false) await migrateToLatest(database.db);
  return {
    ...database,
    location,
    url: file,
    where: file,
    destroy: async () => {
      await database.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Creates a fresh schema on the real PostgreSQL server, so test files (and
 * several developers' runs) never see each other's rows.
 */
export async function createPostgresTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const base = testPostgresUrl();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = withSearchPath(base, schema);
  const location: DatabaseLocation = { dialect: 'postgres', url };
  const database = openDatabase(location, onStatementOf(options));
  if (options.migrate !== false) await migrateToLatest(database.db);
  return {
    ...database,
    location,
    url,
    where: schema,
    destroy: async () => {
      await database.destroy();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop schema if exists ${schema} cascade`);
      await cleanup.end();
    },
  };
}

function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** Both dialects. */
export const bothDialects = [
  { name: 'SQLite', create: createSqliteTestDatabase },
  { name: 'PostgreSQL', create: createPostgresTestDatabase },
] as const;

/**
 * The dialects for `describe.each`: every repository test runs on SQLite and
 * PostgreSQL. TILLIT_TEST_DIALECTS=sqlite (the vitest projects that run the
 * bot surface again on the other SDK, which never touches the database)
 * leaves SQLite alone.
 */
export const dialects: ReadonlyArray<(typeof bothDialects)[number]> = process.env.TILLIT_TEST_DIALECTS === 'sqlite' ? [bothDialects[0]] : bothDialects;

/**
 * A PostgreSQL database of its own (not a schema), for fault tests that
 * terminate its connections or refuse new ones as a restart would, without
 * touching anyone else's sessions on the shared server.
 */
export interface OwnPostgresDatabase extends TestDatabase {
  /** pg_terminate_backend on every connection to this database but the admin's: a crash, failover or restart. */
  terminateConnections(): Promise<number>;
  /** While false, new connections fail with 55000 ("not currently accepting connections"), as during a restart. */
  acceptConnections(accept: boolean): Promise<void>;
}

export async function createOwnPostgresDatabase(): Promise<OwnPostgresDatabase> {
  const base = testPostgresUrl();
  const name = `tillit_fault_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  admin.on('error', () => {});
  await admin.connect();
  await admin.query(`create database ${name} template template0`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  const location: DatabaseLocation = { dialect: 'postgres', url };
  const database = openDatabase(location);
  await migrateToLatest(database.db);
  return {
    ...database,
    location,
    url,
    where: name,
    async terminateConnections() {
      const result = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      return result.rowCount ?? 0;
    },
    async acceptConnections(accept: boolean) {
      await admin.query(`alter database ${name} allow_connections ${accept ? 'true' : 'false'}`);
    },
    destroy: async () => {
      await database.destroy().catch(() => undefined);
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
