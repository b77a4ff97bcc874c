import type { Attributes } from '@opentelemetry/api';

/** What a span of Tillit's is (the `tillit.span` attribute): a TelemetrySpanKind, or a SQL statement. */
export type SpanKindName = 'http' | 'turn' | 'invoke' | 'send' | 'statement';

/** The attribute that marks a span as Tillit's own (metrics are derived from these only). */
export const kindAttribute = 'tillit.span';

/** A span's name from its kind and its (allowed) attributes: "POST /api/messages", "invoke reportNamedSubmit", "SELECT plans". */
export function spanName(kind: SpanKindName, attributes: Attributes): string {
  const a = (key: string) => String(attributes[key] ?? 'unknown');
  switch (kind) {
    case 'http':
      return `${a('http.request.method')} ${a('http.route')}`;
    case 'turn':
      return `turn ${a('tillit.activity.type')}`;
    case 'invoke':
      return `invoke ${a('tillit.verb')}`;
    case 'send':
      return 'proactive send';
    case 'statement':
      return `${a('db.operation.name')} ${a('db.collection.name')}`;
  }
}
