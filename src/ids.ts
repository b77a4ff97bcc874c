import { randomUUID } from 'node:crypto';

/** A new random row id (UUID v4: random, carries no time). */
export function newId(): string {
  return randomUUID();
}
