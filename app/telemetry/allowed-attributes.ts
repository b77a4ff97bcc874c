/**
 * The attribute keys a span may keep on its way out, whoever set them
 * (Tillit or a library such as the Agents SDK): codes, counts, route
 * templates. Everything else is dropped (ids, names, addresses, URLs with
 * query strings, headers, message text, exception messages).
 */
export const allowedAttributes: ReadonlySet<string> = new Set([
  // which of Tillit's spans this is (http, turn, invoke, send, statement)
  'tillit.span',
  // HTTP (route templates, never paths with values in them)
  'http.request.method',
  'http.route',
  'http.response.status_code',
  // the bot's turns and invokes
  'tillit.activity.type',
  'tillit.invoke.name',
  'tillit.verb',
  // SQL: kind and table, never the statement or its values
  'db.system.name',
  'db.operation.name',
  'db.collection.name',
  // proactive sends
  'tillit.send.outcome',
  'error.type',
  // what the Agents SDK sets that says nothing about a person
  'activity.type',
  'activity.channel_id',
  'activity.delivery_mode',
  'activity.count',
  'agents.attachments.count',
]);

/** A string attribute value longer than this is dropped even when its key is allowed (codes are short). */
export const longestValue = 64;

/** Span names Tillit's own code gives; a library's name is kept only when it looks like a code. */
export function exportedSpanName(name: string): string {
  return /^[A-Za-z][\w.:/ -]{0,63}$/.test(name) && !/\d{3,}/.test(name) && !name.includes('@') ? name : 'span';
}
