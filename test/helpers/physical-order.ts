import fs from 'node:fs';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.js';

function varint(buf: Buffer, at: number): [value: number, length: number] {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    const byte = buf[at + i]!;
    if (i === 8) return [value * 256 + byte, 9];
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, i + 1];
  }
  return [value, 9];
}

/** The first column (text) of a record that starts at `at`. */
function firstText(buf: Buffer, at: number): string {
  const [headerSize, n] = varint(buf, at);
  const [serialType] = varint(buf, at + n);
  const length = (serialType - 13) / 2;
  return buf.toString('utf8', at + headerSize, at + headerSize + length);
}

/**
 * A red team's view of a SQLite file: the rows of a WITHOUT ROWID table
 * (an index b-tree keyed by its text primary key) in the order their bytes
 * sit in the file — page by page, and inside a page by offset. Read from the
 * file itself, as someone with a copy of it would.
 */
export function sqlitePhysicalOrder(file: string, rootPage: number): string[] {
  return sqlitePhysicalCells(file, rootPage).map((c) => c.id);
}

/** Where a row sits: its page (block) and its position in the file or heap. */
export interface PhysicalCell {
  id: string;
  page: number;
  at: number;
}

/** The rows of a WITHOUT ROWID table with their page and byte position in the file, in file order. */
export function sqlitePhysicalCells(file: string, rootPage: number): PhysicalCell[] {
  const buf = fs.readFileSync(file);
  const pageSize = buf.readUInt16BE(16) === 1 ? 65536 : buf.readUInt16BE(16);
  const cells: PhysicalCell[] = [];
  const visit = (page: number) => {
    const base = (page - 1) * pageSize;
    const header = base + (page === 1 ? 100 : 0);
    const type = buf[header]!;
    if (type !== 0x02 && type !== 0x0a) throw new Error(`page ${page}: not an index b-tree page (${type})`);
    const interior = type === 0x02;
    const count = buf.readUInt16BE(header + 3);
    const pointers = header + (interior ? 12 : 8);
    for (let i = 0; i < count; i++) {
      const at = base + buf.readUInt16BE(pointers + 2 * i);
      let p = at;
      if (interior) {
        visit(buf.readUInt32BE(p));
        p += 4;
      }
      const [, n] = varint(buf, p);
      cells.push({ id: firstText(buf, p + n), page, at });
    }
    if (interior) visit(buf.readUInt32BE(header + 8));
  };
  visit(rootPage);
  return cells.sort((a, b) => a.at - b.at);
}

/** The root page of a table, from the schema. */
export async function sqliteRootPage(db: Kysely<Database>, table: string): Promise<number> {
  const { rows } = await sql<{ rootpage: number }>`select rootpage from sqlite_schema where name = ${table}`.execute(db);
  return rows[0]!.rootpage;
}

/** PostgreSQL: the rows of a table in heap order (ctid), with their block. */
export async function postgresPhysicalCells(db: Kysely<Database>, table: 'reports' | 'report_messages'): Promise<PhysicalCell[]> {
  const { rows } = await sql<{ id: string; block: string }>`select id, (ctid::text::point)[0]::bigint as block from ${sql.table(table)} order by ctid`.execute(db);
  return rows.map((r, i) => ({ id: r.id, page: Number(r.block), at: i }));
}

/**
 * Kendall's τ over the pairs that share a page only: inside a page, SQLite
 * places new cells below the previous ones and PostgreSQL appends line
 * pointers, so this is where arrival order shows first.
 */
export function kendallTauWithinPages(sent: readonly string[], cells: readonly PhysicalCell[]): number {
  const sentRank = new Map(sent.map((id, i) => [id, i]));
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < cells.length; i++) {
    for (let j = i + 1; j < cells.length; j++) {
      const a = cells[i]!;
      const b = cells[j]!;
      if (a.page !== b.page) continue;
      if ((a.at < b.at) === (sentRank.get(a.id)! < sentRank.get(b.id)!)) concordant++;
      else discordant++;
    }
  }
  return concordant + discordant === 0 ? 0 : (concordant - discordant) / (concordant + discordant);
}

/**
 * The standard deviation of kendallTauWithinPages under chance (random order
 * within every page), from the page sizes: per page Var(S) = n(n−1)(2n+5)/18.
 * Pooling only pairs within a page leaves far fewer pairs than the whole τ,
 * so its spread is wider and a fixed bound must take that into account.
 */
export function kendallTauWithinPagesChanceSd(cells: readonly PhysicalCell[]): number {
  const sizes = new Map<number, number>();
  for (const c of cells) sizes.set(c.page, (sizes.get(c.page) ?? 0) + 1);
  let variance = 0;
  let pairs = 0;
  for (const n of sizes.values()) {
    variance += (n * (n - 1) * (2 * n + 5)) / 18;
    pairs += (n * (n - 1)) / 2;
  }
  return pairs === 0 ? 0 : Math.sqrt(variance) / pairs;
}

/** The standard deviation of Kendall's τ over n items in unrelated (random) order: √(2(2n+5) / 9n(n−1)). */
export function kendallTauChanceSd(n: number): number {
  return Math.sqrt((2 * (2 * n + 5)) / (9 * n * (n - 1)));
}

/** Kendall's τ between two orderings of the same items: 1 same order, −1 reversed, about 0 unrelated. */
export function kendallTau(first: readonly string[], second: readonly string[]): number {
  const rank = new Map(second.map((id, i) => [id, i]));
  const ranks = first.map((id) => rank.get(id)!);
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < ranks.length; i++) {
    for (let j = i + 1; j < ranks.length; j++) {
      if (ranks[i]! < ranks[j]!) concordant++;
      else discordant++;
    }
  }
  return (concordant - discordant) / (concordant + discordant);
}
