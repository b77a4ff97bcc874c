/**
 * What went wrong with the database, from a driver error: the kinds a
 * person can act on, and whether trying again may help.
 *
 * - `unreachable`: the server cannot be reached or refuses connections
 *   (ECONNREFUSED, a restart or failover, "not accepting connections" 55000,
 *   a terminated backend 57P01, too many connections). Passes; retry.
 * - `busy`: SQLite's write lock is held by another process longer than the
 *   busy timeout. Passes; retry.
 * - `full`: the disk (or the database's quota) is full. Needs a person.
 * - `readonly`: the file or database cannot be written. Needs a person.
 */
export type DatabaseErrorKind = 'unreachable' | 'busy' | 'full' | 'readonly';

const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '55000', '53300', '57P01', '57P02', '57P03']);

/** Classifies a database error; undefined for anything else (a bug, bad SQL, a constraint). */
export function databaseErrorKind(error: unknown): DatabaseErrorKind | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (unreachableCodes.has(code) || code.startsWith('08')) return 'unreachable';
    if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED') return 'busy';
    if (code === 'SQLITE_FULL' || code === '53100') return 'full';
    if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_') || code === '25006') return 'readonly';
  }
  // node-postgres reports a connection lost mid-query without a code.
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && /^Connection terminated|^Client has encountered a connection error|^timeout exceeded when trying to connect|^Connection closed/.test(message)) return 'unreachable';
  return undefined;
}

/** True when trying the same statement again later may succeed. */
export function isPassingDatabaseError(error: unknown): boolean {
  const kind = databaseErrorKind(error);
  return kind === 'unreachable' || kind === 'busy';
}
