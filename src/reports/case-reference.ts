import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

// No 0/O, 1/I: references are read aloud and typed.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomReference(): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += alphabet[randomInt(alphabet.length)];
  return `${s.slice(0, 3)}-${s.slice(3)}`;
}

/**
 * A short case reference for handlers ("K7Q-4MX"). Random, not a running
 * number, so it says nothing about how many reports came before or when.
 */
export async function newCaseReference(db: Kysely<Database>): Promise<string> {
  for (;;) {
    const reference = randomReference();
    const taken = await db.selectFrom('reports').select('id').where('reference', '=', reference).executeTakeFirst();
    const audited = await db.selectFrom('report_audit').select('id').where('reference', '=', reference).executeTakeFirst();
    if (!taken && !audited) return reference;
  }
}
