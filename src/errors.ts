/**
 * Base of every error Tillit raises on purpose. Callers branch on `code`,
 * never on the message; the message is for developers, the user sees the
 * catalogue text for the code (see bot/error-surface.ts and cli/).
 */
export class TillitError<Code extends string = string> extends Error {
  readonly code: Code;
  /** Safe, non-identifying details (ids, field names, line numbers). Never user text. */
  readonly context: Readonly<Record<string, string | number | boolean | undefined>>;

  constructor(
    code: Code,
    message: string,
    context: Record<string, string | number | boolean | undefined> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.context = context;
  }
}

/** True when `err` is a TillitError, optionally with one of the given codes. */
export function isTillitError<C extends string>(
  err: unknown,
  ...codes: C[]
): err is TillitError<C> {
  return err instanceof TillitError && (codes.length === 0 || codes.includes(err.code as C));
}
