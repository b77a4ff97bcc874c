import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type LogEvent, type SqliteDatabase, type SqliteDialectConfig } from 'kysely';
import type { DatabaseLocation } from './database-url.js';
import type { Database } from './schema.js';

export type Dialect = DatabaseLocation['dialect'];

/**
 * SQLite transactions that start with BEGIN IMMEDIATE. A deferred
 * transaction that has read and then wants to write fails at once with
 * SQLITE_BUSY when another process (the CLI, a second server) committed in
 * between; taking the write lock up front makes it wait (busy_timeout)
 * instead, so a write transaction never fails because someone else wrote.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

/**
 * Prepared statements kept by SQL text (least recently used dropped past
 * `max`): better-sqlite3 would otherwise compile every statement again on
 * every request, which was the largest single cost of a status submit.
 * Kysely runs one statement at a time on its single SQLite connection, so a
 * cached statement is never in use twice at once; SQLite re-prepares one by
 * itself when the schema changed (migrations).
 */
export class StatementCache implements SqliteDatabase {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly max = 500,
  ) {}

  prepare(sql: string): BetterSqlite3.Statement {
    const cached = this.statements.get(sql);
    if (cached) {
      // Map order is insertion order: move it to the young end.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const statement = this.sqlite.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > this.max) this.statements.delete(this.statements.keys().next().value!);
    return statement;
  }

  /** How many statements are kept (for tests). */
  get size(): number {
    return this.statements.size;
  }

  close(): void {
    this.statements.clear();
    this.sqlite.close();
  }
}

/** An open database and what kind it is; close it with destroy(). */
export interface TillitDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The SQLite file this open created because none was there; absent when it existed (or for PostgreSQL). */
  createdFile?: string;
  destroy(): Promise<void>;
}

/** How a database is opened beyond where it is. */
export interface OpenDatabaseOptions {
  /**
   * Called once for every SQL statement sent (after it ran, failed ones
   * included), with its text; for counting statements in benchmarks and
   * tests, and for telemetry (with how long it took). Never gets the parameters.
   */
  onStatement?: (sql: string, ms: number) => void;
}

/**
 * Opens SQLite (creating the file and its folder) or a PostgreSQL pool.
 * SQLite runs in WAL mode with a busy timeout so the CLI and the server can
 * share the file, and with secure_delete so deleted content is zeroed;
 * foreign keys are on in both.
 */
export function openDatabase(location: DatabaseLocation, options: OpenDatabaseOptions = {}): TillitDatabase {
  const onStatement = options.onStatement;
  const log = onStatement ? (event: LogEvent) => onStatement(event.query.sql, event.queryDurationMillis) : undefined;
  if (location.dialect === 'sqlite') {
    fs.mkdirSync(path.dirname(location.file), { recursive: true });
    const existed = fs.existsSync(location.file);
    const sqlite = new BetterSqlite3(location.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    // Deleted rows are overwritten with zeros, not left in free pages (a purged report must be gone).
    sqlite.pragma('secure_delete = ON');
    const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: new StatementCache(sqlite) }), ...(log ? { log } : {}) });
    return { db, dialect: 'sqlite', ...(existed ? {} : { createdFile: location.file }), destroy: () => db.destroy() };
  }
  // pg is loaded with the first statement, so a SQLite installation never loads it.
  const pool = async () => {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: location.url, max: 10, connectionTimeoutMillis: 10_000 });
    // A client that loses its server (a restart, a failover, pg_terminate_backend) emits 'error';
    // with no listener that would crash the process. Idle clients are covered by the pool's event,
    // checked-out ones by their own: the statement in flight fails, and the pool drops the client.
    pool.on('error', () => {});
    pool.on('connect', (client) => {
      client.on('error', () => {});
    });
    return pool;
  };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
  return { db, dialect: 'postgres', destroy: () => db.destroy() };
}
