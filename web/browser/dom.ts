/** Tiny DOM helpers: text always goes in as textContent, so nothing anyone wrote becomes markup. */

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Replaces an element's content. */
export function replace(target: Element, ...children: Child[]): void {
  target.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** The words the page handed over (JSON in a non-executed script element). */
export function loadStrings(): (key: string, vars?: Record<string, string | number>) => string {
  const table = JSON.parse(document.getElementById('tillit-strings')?.textContent ?? '{}') as Record<string, string>;
  // Own properties only: a key is never an inherited member such as "constructor".
  const own = <V>(o: Record<string, V>, k: string): V | undefined => (Object.hasOwn(o, k) ? o[k] : undefined);
  const lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
  return (key, vars = {}) =>
    pluralForms(own(table, key) ?? key, lang, vars).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = own(vars, name);
      return value === undefined ? whole : String(value);
    });
}

/**
 * Chooses the plural forms of a template, as the server's catalogue does:
 * `{count, plural, one {# mottagare} other {# mottagare}}` by Intl.PluralRules,
 * `#` becoming the number; a form whose number is missing stays `{count}`.
 */
function pluralForms(template: string, lang: string, vars: Record<string, string | number>): string {
  const rules = new Intl.PluralRules(lang);
  let out = '';
  let at = 0;
  const start = /\{(\w+),\s*plural,/g;
  for (let m = start.exec(template); m; m = start.exec(template)) {
    const end = closing(template, m.index);
    if (end < 0) break;
    const name = m[1]!;
    const forms = new Map<string, string>();
    const body = template.slice(m.index + m[0].length, end);
    const formStart = /\s*(=\d+|\w+)\s*\{/g;
    for (let f = formStart.exec(body); f; f = formStart.exec(body)) {
      const open = f.index + f[0].length - 1;
      const close = closing(body, open);
      if (close < 0) break;
      forms.set(f[1]!, body.slice(open + 1, close));
      formStart.lastIndex = close + 1;
    }
    const raw = Object.hasOwn(vars, name) ? vars[name] : undefined;
    const value = Number(raw);
    const chosen = raw !== undefined && Number.isFinite(value) ? (forms.get(`=${value}`) ?? forms.get(rules.select(value)) ?? forms.get('other')) : undefined;
    out += template.slice(at, m.index) + (chosen === undefined ? `{${name}}` : chosen.replace(/#/g, String(raw)));
    at = end + 1;
    start.lastIndex = at;
  }
  return out + template.slice(at);
}

/** Where the `}` that closes the `{` at `open` is, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** "23 november 2026" for an ISO day, in the page's language. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '–';
  const lang = document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE';
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** "november 2026" for a month written 2026-11, as the reporter chose it in the form. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const lang = document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE';
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** Local date and time of an ISO instant (the audit log). */
export function formatInstant(iso: string): string {
  const lang = document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
