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
  return (key, vars = {}) => (own(table, key) ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = own(vars, name);
    return value === undefined ? whole : String(value);
  });
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
