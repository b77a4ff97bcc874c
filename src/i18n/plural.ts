import type { Locale } from './locale.js';

const rulesByLocale = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** The text between a `{` at `open` and its matching `}`, and where that brace is. */
function balanced(text: string, open: number): { inner: string; close: number } | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { inner: text.slice(open + 1, i), close: i };
  }
  return undefined;
}

/**
 * Expands plural forms written `{days, plural, one {# dag} other {# dagar}}`:
 * the form is chosen by Intl.PluralRules for the locale ("zero", "one",
 * "two", "few", "many", "other", or an exact "=0"), and `#` becomes the
 * number. Other `{placeholders}` inside a form are left for the caller.
 */
export function expandPlurals(template: string, locale: Locale, vars: Readonly<Record<string, string | number>>): string {
  let out = '';
  let at = 0;
  const start = /\{(\w+),\s*plural,/g;
  for (let m = start.exec(template); m; m = start.exec(template)) {
    const whole = balanced(template, m.index);
    if (!whole) break;
    const name = m[1]!;
    const forms = new Map<string, string>();
    const body = whole.inner.slice(whole.inner.indexOf('plural,') + 'plural,'.length);
    const formStart = /\s*(=\d+|\w+)\s*\{/g;
    for (let f = formStart.exec(body); f; f = formStart.exec(body)) {
      const form = balanced(body, f.index + f[0].length - 1);
      if (!form) break;
      forms.set(f[1]!, form.inner);
      formStart.lastIndex = form.close + 1;
    }
    const value = Number(Object.hasOwn(vars, name) ? vars[name] : undefined);
    const chosen = Number.isFinite(value)
      ? (forms.get(`=${value}`) ?? forms.get(pluralRules(locale).select(value)) ?? forms.get('other'))
      : undefined;
    out += template.slice(at, m.index) + (chosen === undefined ? `{${name}}` : chosen.replace(/#/g, String(vars[name])));
    at = whole.close + 1;
    start.lastIndex = at;
  }
  return out + template.slice(at);
}
