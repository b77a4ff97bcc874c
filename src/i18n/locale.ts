/** The languages Tillit speaks. Swedish is the default everywhere. */
export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];

/**
 * Maps a Teams/browser locale such as "sv-SE" or "en-GB" to one of ours.
 * Anything we do not speak falls back to the organisation's default.
 */
export function resolveLocale(requested: string | undefined | null, fallback: Locale = 'sv'): Locale {
  const lang = (requested ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (locales as readonly string[]).includes(lang ?? '') ? (lang as Locale) : fallback;
}
