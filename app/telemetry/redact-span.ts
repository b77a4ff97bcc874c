import type { Attributes } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { allowedAttributes, exportedSpanName, longestValue } from './allowed-attributes.js';

/** True when any value of the span points at the anonymous routes (a library's URL or route attribute). */
function touchesAnonymousRoute(attributes: Attributes): boolean {
  return Object.values(attributes).some((value) => typeof value === 'string' && /\/anmalan(?:\W|$)/i.test(value));
}

/** Only allowed keys, only short scalar values. */
function allowedOnly(attributes: Attributes): Attributes {
  const kept: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!allowedAttributes.has(key)) continue;
    if (typeof value === 'number' || typeof value === 'boolean') kept[key] = value;
    else if (typeof value === 'string' && value.length <= longestValue) kept[key] = value;
  }
  return kept;
}

/**
 * The span as it may leave the process, or undefined when it must not:
 * allowed attributes only, no events (exception messages carry text), no
 * links, no status message; a span on an anonymous route is dropped whole.
 */
export function redactSpan(span: ReadableSpan): ReadableSpan | undefined {
  if (touchesAnonymousRoute({ ...span.attributes, name: span.name })) return undefined;
  const attributes = allowedOnly(span.attributes);
  return {
    name: exportedSpanName(span.name),
    kind: span.kind,
    spanContext: () => span.spanContext(),
    ...(span.parentSpanContext ? { parentSpanContext: span.parentSpanContext } : {}),
    startTime: span.startTime,
    endTime: span.endTime,
    status: { code: span.status.code },
    attributes,
    links: [],
    events: [],
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount + Object.keys(span.attributes).length - Object.keys(attributes).length,
    droppedEventsCount: span.droppedEventsCount + span.events.length,
    droppedLinksCount: span.droppedLinksCount + span.links.length,
  };
}
