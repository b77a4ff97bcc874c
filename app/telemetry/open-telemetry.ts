import type { EventEmitter } from 'node:events';
import { context, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { suppressTracing } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { OpenSpan, Telemetry, TelemetryAttributes, TelemetrySpanKind } from '../../src/ports/telemetry.js';
import { spanMetrics } from './span-metrics.js';
import { kindAttribute, spanName, type SpanKindName } from './span-names.js';
import { statementShape } from './sql-statement.js';
import { discardAttribute, TraceGate } from './trace-gate.js';
import { routeLibrarySpans } from './global-tracer.js';

/** Where spans and metrics go: OTLP in a deployment, the SDK's in-memory exporters in tests. */
export interface TelemetryExporters {
  spans: SpanExporter;
  metrics: PushMetricExporter;
  /** Export each span as it ends (tests) instead of in batches. */
  immediate?: boolean;
}

export interface OpenTelemetryOptions {
  serviceName: string;
  metricIntervalMs: number;
  database: 'sqlite' | 'postgres';
}

const spanKinds: Record<SpanKindName, SpanKind> = {
  http: SpanKind.SERVER,
  turn: SpanKind.INTERNAL,
  invoke: SpanKind.INTERNAL,
  send: SpanKind.CLIENT,
  statement: SpanKind.CLIENT,
};

/**
 * Telemetry on OpenTelemetry: a tracer provider whose only processor is the
 * TraceGate (redaction, anonymous turns dropped, metrics made from the spans
 * let out), a meter provider for those metrics, and the async-local-storage
 * context so a statement's span is a child of its request's. A library's
 * spans (the Agents SDK's, via the global API) are routed to the same tracer
 * provider (global-tracer.ts), so they pass the same gate; no meter provider is registered globally, so a
 * library's metrics go nowhere. No auto-instrumentation is installed.
 */
export function openTelemetry(options: OpenTelemetryOptions, exporters: TelemetryExporters): Telemetry {
  const resource = resourceFromAttributes({ 'service.name': options.serviceName });
  const meterProvider = new MeterProvider({
    resource,
    readers: [new PeriodicExportingMetricReader({ exporter: exporters.metrics, exportIntervalMillis: options.metricIntervalMs })],
  });
  const exporting = exporters.immediate ? new SimpleSpanProcessor(exporters.spans) : new BatchSpanProcessor(exporters.spans);
  const gate = new TraceGate(exporting, spanMetrics(meterProvider.getMeter('tillit')));
  const tracerProvider = new BasicTracerProvider({ resource, spanProcessors: [gate] });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  const ownsContext = context.setGlobalContextManager(contextManager);
  routeLibrarySpans(tracerProvider);
  const tracer = tracerProvider.getTracer('tillit');
  const dbSystem = options.database === 'postgres' ? 'postgresql' : 'sqlite';

  const bind = (ctx: Context, emitters: readonly EventEmitter[] | undefined) => {
    for (const emitter of emitters ?? []) context.bind(ctx, emitter);
  };

  function startSpan(kind: SpanKindName, attributes: Attributes, startTime?: number): Span {
    const all = { ...attributes, [kindAttribute]: kind };
    return tracer.startSpan(spanName(kind, all), { kind: spanKinds[kind], attributes: all, ...(startTime !== undefined ? { startTime } : {}) }, context.active());
  }

  function start(kind: TelemetrySpanKind, attributes: TelemetryAttributes, emitters?: readonly EventEmitter[]): OpenSpan {
    const span = startSpan(kind, attributes);
    const ctx = trace.setSpan(context.active(), span);
    bind(ctx, emitters);
    let seen: Attributes = { ...attributes, [kindAttribute]: kind };
    let ended = false;
    return {
      run: (work) => context.with(ctx, work),
      end(more = {}) {
        if (ended) return;
        ended = true;
        seen = { ...seen, ...more };
        span.setAttributes(more);
        span.updateName(spanName(kind, seen));
        const status = more['http.response.status_code'];
        if (typeof status === 'number' && status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      },
      fail() {
        span.setStatus({ code: SpanStatusCode.ERROR });
      },
      discard() {
        span.setAttribute(discardAttribute, true);
      },
    };
  }

  return {
    enabled: true,
    start,
    async span(kind, attributes, work, result) {
      const open = start(kind, attributes);
      try {
        const value = await open.run(work);
        open.end(result ? result(value) : {});
        return value;
      } catch (error) {
        open.fail();
        open.end({ 'error.type': error instanceof Error ? error.name : 'unknown' });
        throw error;
      }
    },
    unrecorded(work, emitters) {
      const ctx = suppressTracing(context.active());
      bind(ctx, emitters);
      return context.with(ctx, work);
    },
    statement(sql, ms) {
      const shape = statementShape(sql);
      const now = Date.now();
      // Suppressed (an anonymous route, the write cadence): a non-recording span, so nothing at all.
      startSpan('statement', { 'db.system.name': dbSystem, 'db.operation.name': shape.operation, 'db.collection.name': shape.table }, now - ms).end(now);
    },
    async flush() {
      await tracerProvider.forceFlush();
      await meterProvider.forceFlush();
    },
    async shutdown() {
      routeLibrarySpans(undefined);
      await tracerProvider.shutdown();
      await meterProvider.shutdown();
      if (ownsContext) context.disable();
    },
  };
}
