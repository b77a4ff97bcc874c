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
