/**
 * The `default` of a `switch` that handles every member of a union: it
 * compiles only while no member is left out (the value is `never` there),
 * so a new kind, rule or verb added to the union fails the build at each
 * switch that forgot it. At run time (data from outside the types) it throws.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${String(value)}`);
}

/**
 * The same check at compile time, for values read back from storage: an
 * old row with a kind no longer known is skipped (undefined) at run time,
 * never a crash in the middle of a send.
 */
export function skipUnknown(_value: never): undefined {
  return undefined;
}
