/**
 * Every name a plain object, function, array, string, number, promise,
 * error, map or regular expression inherits (plus the usual suspects), to
 * try as a verb, command, locale or key wherever outside input picks from a
 * table.
 */
export function builtinNames(): string[] {
  const owners: object[] = [
    Object.prototype,
    Function.prototype,
    Array.prototype,
    String.prototype,
    Number.prototype,
    Boolean.prototype,
    Promise.prototype,
    Error.prototype,
    Map.prototype,
    Set.prototype,
    RegExp.prototype,
    Date.prototype,
    Object,
    Function,
    Array,
    globalThis,
  ];
  const names = new Set<string>(['__proto__', 'prototype', 'constructor', 'then', 'toJSON', 'inspect', 'config', 'app', 'env', 'turn', 'default']);
  for (const owner of owners) {
    for (const name of Object.getOwnPropertyNames(owner)) names.add(name);
  }
  return [...names].sort();
}
