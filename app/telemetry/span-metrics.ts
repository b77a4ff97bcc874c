import type { Attributes, Histogram, Meter } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { kindAttribute, type SpanKindName } from './span-names.js';

/** Each of Tillit's spans, once it is let out (redacted, not discarded), is also a duration in a histogram with the same attributes. */
export interface SpanMetrics {
  record(span: ReadableSpan): void;
}

const seconds = (span: ReadableSpan) => span.duration[0] + span.duration[1] / 1e9;

function pick(attributes: Attributes, keys: readonly string[]): Attributes {
  const out: Attributes = {};
  for (const key of keys) if (attributes[key] !== undefined) out[key] = attributes[key];
  return out;
}

export function spanMetrics(meter: Meter): SpanMetrics {
  const histogram = (name: string, description: string) => meter.createHistogram(name, { description, unit: 's' });
  const byName: Record<SpanKindName, { histogram: Histogram; keys: readonly string[] }> = {
    http: { histogram: histogram('http.server.request.duration', 'HTTP requests (route template, method, status)'), keys: ['http.request.method', 'http.route', 'http.response.status_code'] },
    turn: { histogram: histogram('tillit.turn.duration', 'Bot turns by activity type'), keys: ['tillit.activity.type'] },
    invoke: { histogram: histogram('tillit.invoke.duration', 'Card invokes by verb'), keys: ['tillit.invoke.name', 'tillit.verb'] },
    statement: { histogram: histogram('db.client.operation.duration', 'SQL statements by kind and table'), keys: ['db.system.name', 'db.operation.name', 'db.collection.name'] },
    send: { histogram: histogram('tillit.proactive_send.duration', 'Proactive sends by outcome and status code'), keys: ['tillit.send.outcome', 'http.response.status_code'] },
  };
  return {
    record(span) {
      const name = span.attributes[kindAttribute];
      const metric = typeof name === 'string' && Object.hasOwn(byName, name) ? byName[name as SpanKindName] : undefined;
      if (metric) metric.histogram.record(seconds(span), pick(span.attributes, metric.keys));
    },
  };
}
