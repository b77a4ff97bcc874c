import { ownValue } from '../known-keys.js';
import { mergeBundles, type MergedMessages, type Placeholders } from './define-messages.js';
import type { Locale } from './locale.js';
import { expandPlurals } from './plural.js';
import { cliMessages } from './messages/cli.js';
import { commonMessages } from './messages/common.js';
import { infoPageMessages } from './messages/info-pages.js';
import { overviewMessages } from './messages/overview.js';
import { overviewReportMessages } from './messages/overview-report.js';
import { plansMessages } from './messages/plans.js';
import { reminderMessages } from './messages/reminders.js';
import { statusMessages } from './messages/status.js';
import { reportMessages } from './messages/reports.js';

/**
 * The one message catalogue: every word a user reads, in Swedish and
 * English. Features add their bundle to this list; a key defined in two
 * bundles fails at start instead of one text silently replacing the other.
 */
const bundles = [
  commonMessages,
  cliMessages,
  infoPageMessages,
  overviewMessages,
  overviewReportMessages,
  plansMessages,
  statusMessages,
  reportMessages,
  reminderMessages,
] as const;

const sv = mergeBundles(bundles, 'sv') as MergedMessages<typeof bundles>;
const en = mergeBundles(bundles, 'en') as { [K in keyof typeof sv]: string };

export type MessageKey = keyof typeof sv;
export type MessageVars = Readonly<Record<string, string | number>>;

/** The placeholders the Swedish text of `K` needs (the English has the same: a test checks). */
export type PlaceholdersOf<K extends MessageKey> = K extends MessageKey ? Placeholders<(typeof sv)[K]> : never;

/**
 * The variables a message needs, inferred from its Swedish text: a call
 * without one of them does not compile. A key only known at run time (any
 * `MessageKey`, e.g. an error code's text) takes any variables.
 */
export type VarsFor<K extends MessageKey> = MessageKey extends K
  ? [vars?: MessageVars]
  : [PlaceholdersOf<K>] extends [never]
    ? [vars?: MessageVars]
    : [vars: MessageVars & { readonly [P in PlaceholdersOf<K>]: string | number }];

const tables: Record<Locale, Record<MessageKey, string>> = { sv, en };

/** Every key in the catalogue; used by tests that check the tables agree. */
export const messageKeys = Object.keys(sv) as MessageKey[];

/**
 * Looks up `key` in `locale`, chooses plural forms (`{count, plural, one {…}
 * other {…}}`, by Intl.PluralRules) and fills `{placeholders}` from `vars`.
 */
export function t<K extends MessageKey>(locale: Locale, key: K, ...[vars = {}]: VarsFor<K>): string {
  // Keys and placeholders may come from outside (an error code, a card's data): own properties only.
  const template = expandPlurals(ownValue(tables[locale] ?? tables.sv, key) ?? ownValue(tables.sv, key) ?? key, locale, vars);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = ownValue(vars, name);
    return value === undefined ? whole : String(value);
  });
}

/** True when `key` is in the catalogue; for codes that arrive at run time. */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(sv, key);
}

/** A `t` bound to one locale, handy in card builders. */
export type Translate = <K extends MessageKey>(key: K, ...vars: VarsFor<K>) => string;
export function translator(locale: Locale): Translate {
  return (key, ...vars) => t(locale, key, ...vars);
}

/**
 * The template of `key` as written, plural forms and placeholders unfilled:
 * for the browser's pages, which fill it themselves (web/browser/dom.ts).
 */
export function messageTemplate(locale: Locale, key: MessageKey): string {
  return ownValue(tables[locale] ?? tables.sv, key) ?? ownValue(tables.sv, key) ?? key;
}
