import type { EventEmitter } from 'node:events';

/** The only values a span or metric may carry: codes, counts, route templates. Never text or ids. */
export type TelemetryAttributes = Readonly<Record<string, string | number | boolean>>;

/** The spans Tillit makes: an HTTP request, a bot turn, a card invoke, a proactive send (SQL statements come through `statement`). */
export type TelemetrySpanKind = 'http' | 'turn' | 'invoke' | 'send';

/** A span in progress. `end` may be called more than once; only the first counts. */
export interface OpenSpan {
  /** Runs `work` with this span as the current one (what runs inside becomes its children). */
  run<T>(work: () => T): T;
  end(attributes?: TelemetryAttributes): void;
  /** Marks the span as failed (its status; the error's message is never recorded). */
  fail(): void;
  /** Drops this span's whole trace: nothing of it is exported or counted (an anonymous chat turn). */
  discard(): void;
}

/**
 * Tillit's traces and metrics as routes, the bot and the composition root
 * see them. The OpenTelemetry implementation is app/telemetry/ and is loaded
 * only when configured; otherwise `noTelemetry` does nothing. Callers pass
 * codes only (method, route template, verb, outcome); the implementation
 * drops every attribute that is not on its allow-list anyway.
 */
export interface Telemetry {
  readonly enabled: boolean;
  /** Starts a span; events of `emitters` (request, response) run in it too. */
  start(kind: TelemetrySpanKind, attributes: TelemetryAttributes, emitters?: readonly EventEmitter[]): OpenSpan;
  /** A span around `work`, ended with `attributes(result)` when it settles. */
  span<T>(kind: TelemetrySpanKind, attributes: TelemetryAttributes, work: () => Promise<T>, result?: (value: T) => TelemetryAttributes): Promise<T>;
  /** Runs `work` with nothing recorded by anything inside it: no span, no metric (the anonymous routes). */
  unrecorded<T>(work: () => T, emitters?: readonly EventEmitter[]): T;
  /** One SQL statement that ran for `ms` (the statement's kind and table are kept; never its values). */
  statement(sql: string, ms: number): void;
  /** Exports what is pending (tests and shutdown). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

const noSpan: OpenSpan = {
  run: (work) => work(),
  end: () => undefined,
  fail: () => undefined,
  discard: () => undefined,
};

/** Telemetry switched off (the default): every call does nothing. */
export const noTelemetry: Telemetry = {
  enabled: false,
  start: () => noSpan,
  span: (_kind, _attributes, work) => work(),
  unrecorded: (work) => work(),
  statement: () => undefined,
  flush: async () => undefined,
  shutdown: async () => undefined,
};
