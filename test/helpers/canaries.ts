import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';
import type { TestDatabase } from './databases.js';

/**
 * The ways a canary string could sit in a file: as is, without dashes, as
 * hex (either case), and as base64/base64url at each of the three byte
 * alignments it could start on inside a longer encoded stream.
 */
export function encodedForms(canary: string): string[] {
  const bytes = Buffer.from(canary, 'utf8');
  const forms = new Set([canary, canary.toLowerCase(), canary.replace(/-/g, ''), bytes.toString('hex'), bytes.toString('hex').toUpperCase()]);
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    for (const encoding of ['base64', 'base64url'] as const) {
      const text = padded.toString(encoding).replace(/=+$/, '');
      // Drop the characters that mix in the padding bytes before and the unknown bytes after.
      const start = Math.ceil((offset * 4) / 3);
      const end = Math.floor(((offset + bytes.length) * 4) / 3);
      const stable = text.slice(start, end);
      if (stable.length >= 8) forms.add(stable);
    }
  }
  return [...forms];
}

/** Which of the canaries (in any encoded form) occur in the haystacks; `where` names the haystack. */
export function findCanaries(canaries: readonly string[], haystacks: ReadonlyArray<{ where: string; content: Buffer | string }>): string[] {
  const hits: string[] = [];
  for (const haystack of haystacks) {
    const buffer = typeof haystack.content === 'string' ? Buffer.from(haystack.content, 'utf8') : haystack.content;
    const lower = Buffer.from(buffer.toString('latin1').toLowerCase(), 'latin1');
    for (const canary of canaries) {
      for (const form of encodedForms(canary)) {
        const needle = Buffer.from(form, 'utf8');
        const caseless = /^[0-9a-f]+$/i.test(form) ? lower.includes(Buffer.from(form.toLowerCase(), 'utf8')) : false;
        if (buffer.includes(needle) || caseless) {
          hits.push(`${canary} (as ${form === canary ? 'text' : form}) in ${haystack.where}`);
          break;
        }
      }
    }
  }
  return hits;
}

/**
 * Everything the database holds, as files would show it: the SQLite file and
 * its write-ahead log, or a pg_dump of the test schema (a full SELECT of every
 * table when pg_dump is not installed).
 */
export async function databaseArtifacts(database: TestDatabase): Promise<Array<{ where: string; content: Buffer | string }>> {
  if (database.location.dialect === 'sqlite') {
    const file = database.location.file;
    return ['', '-wal', '-shm'].filter((s) => fs.existsSync(file + s)).map((s) => ({ where: `sqlite${s || ' file'}`, content: fs.readFileSync(file + s) }));
  }
  const base = new URL(database.url);
  const schema = database.where;
  try {
    const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', '--schema', schema, '-h', base.hostname, '-p', base.port || '5432', '-U', base.username || 'postgres', base.pathname.slice(1)], {
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, PGPASSWORD: decodeURIComponent(base.password) },
    });
    return [{ where: 'pg_dump', content: stdout }];
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const tables = await client.query<{ table_name: string }>('select table_name from information_schema.tables where table_schema = $1', [schema]);
    const parts: string[] = [];
    for (const { table_name } of tables.rows) parts.push(JSON.stringify((await client.query(`select * from "${schema}"."${table_name}"`)).rows));
    await client.end();
    return [{ where: 'select * of every table', content: parts.join('\n') }];
  }
}
