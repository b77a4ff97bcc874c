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
