/**
 * Declares one feature's messages in both languages. The English table must
 * have exactly the Swedish keys, so a missing translation fails to compile.
 * Placeholders are written `{name}`.
 */
export function defineMessages<const Sv extends Record<string, string>>(
  sv: Sv,
  en: { [K in keyof Sv]: string },
): { sv: Sv; en: { [K in keyof Sv]: string } } {
  return { sv, en };
}

/** One feature's messages in both languages, as `defineMessages` returns them. */
export interface MessageBundle {
  sv: Record<string, string>;
  en: Record<string, string>;
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/** The Swedish table of several bundles together, as a type. */
export type MergedMessages<B extends readonly MessageBundle[]> = UnionToIntersection<B[number]['sv']>;

/**
 * Joins the bundles' tables for one language. Two bundles defining the same
 * key would silently overwrite each other's text, so that fails at start.
 */
export function mergeBundles(bundles: readonly MessageBundle[], locale: 'sv' | 'en'): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const bundle of bundles) {
    for (const [key, text] of Object.entries(bundle[locale])) {
      if (Object.hasOwn(merged, key)) throw new Error(`Message key "${key}" is defined twice in the catalogue`);
      merged[key] = text;
    }
  }
  return merged;
}

/** Characters that end a placeholder name: the runtime takes `{\w+}` only (so "{# dagar}" is plural text, not a name). */
type NotInName = ' ' | '#' | '.' | ':' | ';' | '-' | '/' | '"' | "'" | '(' | ')' | '!' | '?' | '…' | '=' | '<' | '>' | '\n';

/** A name as the runtime reads it (`\w+`): never empty, never text such as "# dagar". */
type CleanName<Name extends string> = Name extends '' | `${string}${NotInName}${string}` ? never : Name;

/** "count" from "count" or "count, plural, one "; never for text that is no name. */
type NameBeforeComma<Text extends string> = Text extends `${infer Name},${string}` ? CleanName<Name> : CleanName<Text>;

/** The names inside one `{…}` up to its first "}": "count, plural, one {# i {plan" gives count and plan. */
type PlaceholderName<Inner extends string> = Inner extends `${infer Head}{${infer After}` ? NameBeforeComma<Head> | PlaceholderName<After> : NameBeforeComma<Inner>;

/**
 * The placeholders of a text, as a union of names: `{name}`, and the
 * variable of a plural (`{count, plural, one {# dag} other {# dagar}}`).
 */
export type Placeholders<Text extends string> = Text extends `${string}{${infer Inner}}${infer Rest}` ? PlaceholderName<Inner> | Placeholders<Rest> : never;
