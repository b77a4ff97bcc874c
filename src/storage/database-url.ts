import path from 'node:path';

/** Where the data lives: an embedded SQLite file or a PostgreSQL server. */
export type DatabaseLocation =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string };

/**
 * Reads DATABASE_URL. `postgres://` and `postgresql://` mean PostgreSQL;
 * `sqlite:PATH`, `file:PATH` or a bare path mean a SQLite file (relative
 * paths resolve from the working directory). Returns undefined for anything
 * else so the caller can say what was wrong.
 */
export function parseDatabaseUrl(value: string, cwd = process.cwd()): DatabaseLocation | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return { dialect: 'postgres', url: trimmed };
  const withoutScheme = trimmed.replace(/^(sqlite|file):(\/\/)?/i, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(withoutScheme)) return undefined;
  if (withoutScheme === '' || withoutScheme.endsWith('/')) return undefined;
  return { dialect: 'sqlite', file: path.resolve(cwd, withoutScheme) };
}
