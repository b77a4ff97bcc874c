import type { Messenger, SendResult } from '../../src/ports/messenger.js';
import type { Telemetry, TelemetryAttributes } from '../../src/ports/telemetry.js';

/** What a send's span keeps: the outcome and the status code. Never the target, the conversation or the text. */
function outcomeOf(result: SendResult): TelemetryAttributes {
  if (result.ok) return { 'tillit.send.outcome': 'sent' };
  return { 'tillit.send.outcome': result.kind, ...(result.status !== undefined ? { 'http.response.status_code': result.status } : {}) };
}

/** The messenger with a span (and so a metric) for every proactive send. */
export function tracedMessenger(messenger: Messenger, telemetry: Telemetry): Messenger {
  if (!telemetry.enabled) return messenger;
  return {
    send: (target, message) => telemetry.span('send', {}, () => messenger.send(target, message), outcomeOf),
  };
}
