import { inspect } from 'node:util';

const redacted = '[redacted]';

/**
 * A secret value (the app password, the master key, the link secret) held
 * apart from the plain configuration: the value sits in a private field, so
 * JSON.stringify, util.inspect, template strings and pino all see
 * "[redacted]". Only `reveal()` gives it out, at the one place that uses it.
 */
export class Secret<T extends string | Buffer = string> {
  readonly #value: T;

  constructor(value: T) {
    this.#value = value;
  }

  /** The value itself; call it only where the secret is used, never to show or log it. */
  reveal(): T {
    return this.#value;
  }

  toJSON(): string {
    return redacted;
  }

  toString(): string {
    return redacted;
  }

  [inspect.custom](): string {
    return redacted;
  }

  [Symbol.toPrimitive](): string {
    return redacted;
  }
}

/** A Secret for a value that is set, else undefined. */
export function secretOrUndefined<T extends string | Buffer>(value: T | undefined): Secret<T> | undefined {
  return value === undefined ? undefined : new Secret(value);
}
