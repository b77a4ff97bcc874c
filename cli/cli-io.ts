import type { Locale } from '../src/i18n/locale.js';
import { resolveLocale } from '../src/i18n/locale.js';
import { t, type MessageKey, type MessageVars } from '../src/i18n/catalogue.js';

/** Where a CLI command writes and what it reads; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  locale: Locale;
}

/** The real terminal. */
export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    cwd: process.cwd(),
    locale: resolveLocale(process.env.TILLIT_LOCALE, 'sv'),
  };
}

/** Translates a CLI message in the terminal's language. */
export function say(io: CliIo, key: MessageKey, vars?: MessageVars): string {
  return t(io.locale, key, vars);
}
