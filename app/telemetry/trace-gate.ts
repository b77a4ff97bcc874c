import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { redactSpan } from './redact-span.js';
import type { SpanMetrics } from './span-metrics.js';

/** The attribute that drops a whole trace (set on a span of an anonymous chat turn); never exported. */
export const discardAttribute = 'tillit.discard';

/** Most spans one trace may hold while its root runs; a trace beyond this is dropped, not buffered without end. */
const heldPerTrace = 512;
/** Most traces waiting for their root at once. */
const heldTraces = 10_000;

/**
 * Lets a trace out only when its root (the HTTP request, a worker's
 * statement) has ended, because only then is it known whether the trace
 * must leave no trace at all: an anonymous chat turn ("anmäl") is known to be
 * one only after it ran. Then every span is redacted (redactSpan), counted
 * (metrics are made from let-out spans only, so a discarded trace counts
 * nowhere) and handed to the exporting processor.
 */
export class TraceGate implements SpanProcessor {
  private readonly held = new Map<string, ReadableSpan[]>();
  private readonly late = new Map<string, boolean>();

  constructor(
    private readonly next: SpanProcessor,
    private readonly metrics: SpanMetrics,
  ) {}

  onStart(_span: Span, _parentContext: Context): void {}

  onEnd(span: ReadableSpan): void {
    const traceId = span.spanContext().traceId;
    const isRoot = span.parentSpanContext === undefined || span.parentSpanContext.isRemote === true;
    if (!isRoot) {
      const decided = this.late.get(traceId);
      if (decided !== undefined) {
        // A child that ended after its root: the root's decision holds.
        if (decided && span.attributes[discardAttribute] !== true) this.release([span]);
        return;
      }
      const spans = this.held.get(traceId) ?? [];
      if (spans.length >= heldPerTrace || (spans.length === 0 && this.held.size >= heldTraces)) return;
      spans.push(span);
      this.held.set(traceId, spans);
      return;
    }
    const spans = [...(this.held.get(traceId) ?? []), span];
    this.held.delete(traceId);
    const keep = !spans.some((s) => s.attributes[discardAttribute] === true);
    this.late.set(traceId, keep);
    if (this.late.size > heldTraces) this.late.delete(this.late.keys().next().value!);
    if (keep) this.release(spans);
  }

  private release(spans: readonly ReadableSpan[]): void {
    for (const span of spans) {
      const redacted = redactSpan(span);
      if (!redacted) continue;
      this.metrics.record(redacted);
      this.next.onEnd(redacted);
    }
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }

  async shutdown(): Promise<void> {
    this.held.clear();
    await this.next.shutdown();
  }
}
