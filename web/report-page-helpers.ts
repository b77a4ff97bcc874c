import express, { type Request } from 'express';
import { resolveLocale, type Locale } from '../src/i18n/locale.js';
import type { AppServices } from '../app/app-services.js';

/** The language of a page: `lang` in the address or form, else the organisation's. */
export function pageLocale(req: Request, app: AppServices): Locale {
  const asked = (req.body as Record<string, unknown> | undefined)?.lang ?? req.query.lang;
  return typeof asked === 'string' && (asked === 'sv' || asked === 'en') ? asked : resolveLocale(undefined, app.config.locale);
}

/** The urlencoded body parser of the report pages: 20 000 characters of text fit, a megabyte does not. */
export const reportBodyParser = express.urlencoded({ extended: false, limit: '256kb', parameterLimit: 60 });
