/** What telemetry keeps of a SQL statement: its kind and its first table. Never the text, never a value. */
export interface StatementShape {
  operation: string;
  table: string;
}

const operations = new Set(['select', 'insert', 'update', 'delete', 'with', 'create', 'alter', 'drop', 'begin', 'commit', 'rollback', 'savepoint', 'release', 'pragma', 'vacuum', 'cluster', 'analyze', 'set', 'lock']);

/** The kind (SELECT, INSERT, …) and the table a statement reads or writes first; `other` when it cannot tell. */
export function statementShape(sql: string): StatementShape {
  const first = /^\s*([a-z]+)/i.exec(sql)?.[1]?.toLowerCase() ?? '';
  const operation = operations.has(first) ? first.toUpperCase() : 'OTHER';
  const table = /\b(?:from|into|update|join|table)\s+(?:"?[a-z_][a-z0-9_]*"?\s*\.\s*)?"?([a-z_][a-z0-9_]{0,62})"?/i.exec(sql)?.[1]?.toLowerCase();
  return { operation, table: table ?? 'other' };
}
