import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../storage/database.js';
import type { Database } from '../storage/schema.js';

/**
 * SQLite's write-ahead log holds page images in the order they were written
 * (a report next to a timestamped write of someone else). Checkpointing and
 * truncating it right after a report or answer is stored leaves only the
 * database file, where report rows sit in random key order. Best effort: with
 * a reader holding the log it waits for the next time. PostgreSQL: nothing.
 */
export async function tidyAfterAnonymousWrite(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  try {
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  } catch {
    // Busy: the next write or batch tries again.
  }
}

/**
 * After a release or purge: SQLite as above; PostgreSQL vacuums the report
 * tables, so the dead row versions that still carry their original
 * transaction ids become free space.
 */
export async function tidyReportStorage(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') return tidyAfterAnonymousWrite(db, dialect);
  try {
    await sql`vacuum report_messages, reports`.execute(db);
  } catch {
    // Not allowed right now (e.g. inside a transaction): next batch.
  }
}
