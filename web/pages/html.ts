/** Markup that is already safe to place in a page as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/** What a template may interpolate: text and numbers (escaped), markup made by `html`, lists of these, or nothing. */
export type HtmlPart = Html | string | number | null | undefined | false | ReadonlyArray<HtmlPart>;

function render(value: HtmlPart): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return (value as ReadonlyArray<HtmlPart>).map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * The one template tag for every server-rendered page (the report form, the
 * inbox, the case view, the info pages, the overview tab): it escapes every
 * interpolated value (what people wrote, plan text, can never become markup);
 * nested `html` fragments and arrays of them pass through. `undefined`,
 * `null` and `false` render as nothing.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}
