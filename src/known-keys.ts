/**
 * Lookups keyed by outside input (a card verb, a typed command, a locale, a
 * spreadsheet label, an indicator name). A plain object answers to
 * "constructor", "toString" or "__proto__" with what it inherits, so such a
 * table is a Map, or is read only through its own properties.
 */

/** A read-only Map of a table written as an object literal: only its own keys match. */
export function knownKeys<V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}

/** `table[key]` when the table itself defines `key`; never an inherited member. */
export function ownValue<V>(table: Readonly<Record<string, V>> | null | undefined, key: string): V | undefined {
  return table !== null && table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
