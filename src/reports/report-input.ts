import { z } from 'zod';
import type { IsoDate } from '../calendar/iso-date.js';
import { reportCategories, reportSubjects } from './categories.js';
import { ReportError } from './report-errors.js';
import type { ReportDraft } from './report.js';

/** Longest free text a reporter or handler may write (characters). */
export const maxReportText = 20_000;

/** Form posts repeat a field for each checkbox; a card's multi-select joins them with commas. */
function toList(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return [];
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
}

/** Drops control characters (except line breaks and tabs) and unifies line breaks. */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}

const text = z
  .string({ error: 'text' })
  .transform(cleanText)
  .pipe(z.string().min(1, { error: 'text' }).max(maxReportText, { error: 'text_too_long' }));

/**
 * The report a reporter sends (form post or named card), validated. Units
 * must be one of the configured ones; the month must be a real month that has
 * begun (`today` decides); '' or 'none' means the reporter did not say.
 * Error messages are field codes the page maps to words.
 */
export function reportDraftSchema(units: readonly string[], today: IsoDate) {
  const thisMonth = today.slice(0, 7);
  return z.object({
    categories: z.preprocess(toList, z.array(z.enum(reportCategories, { error: 'categories' })).min(1, { error: 'categories' }).max(reportCategories.length)),
    subject: z.enum(reportSubjects, { error: 'subject' }),
    unit: z
      .string({ error: 'unit' })
      .optional()
      .transform((v) => (v === undefined || v === '' || v === 'none' ? null : v))
      .refine((v) => v === null || units.includes(v), { error: 'unit' }),
    month: z
      .string({ error: 'month' })
      .optional()
      .transform((v) => (v === undefined || v === '' || v === 'none' ? null : v))
      .refine((v) => v === null || v === 'earlier' || (/^\d{4}-(0[1-9]|1[0-2])$/.test(v) && v <= thisMonth && v >= '2000-01'), { error: 'month' }),
    ongoing: z.enum(['yes', 'no', 'unknown'], { error: 'ongoing' }).optional().default('unknown'),
    text,
    contact: z.enum(['yes', 'no'], { error: 'contact' }).optional().default('no'),
  });
}

/** Parses a submitted report; a refusal names every field that was wrong. */
export function parseReportDraft(input: unknown, units: readonly string[], today: IsoDate): ReportDraft {
  const parsed = reportDraftSchema(units, today).safeParse(input);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => (i.message === 'text_too_long' ? 'text_too_long' : String(i.path[0] ?? 'form'))))];
    throw new ReportError('report_invalid', 'Report failed validation', { fields });
  }
  const d = parsed.data;
  return {
    categories: [...new Set(d.categories)],
    subject: d.subject,
    unit: d.unit,
    happenedMonth: d.month,
    ongoing: d.ongoing === 'unknown' ? null : d.ongoing === 'yes',
    text: d.text,
    wantsContact: d.contact === 'yes',
  };
}

/** A message from a handler or a reporter's answer. */
export function parseMessageText(input: unknown): string {
  const parsed = text.safeParse(input);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.message === 'text_too_long');
    throw new ReportError('report_invalid', 'Message failed validation', { fields: [tooLong ? 'text_too_long' : 'text'] });
  }
  return parsed.data;
}
