import { z } from 'zod';
import { knownKeys } from '../known-keys.js';
import { defaultReminderRules, minutesOf, type ReminderRules } from './reminder-rules.js';

const weekdays = knownKeys<number>({
  måndag: 1, tisdag: 2, onsdag: 3, torsdag: 4, fredag: 5,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5,
});

const days = (max: number) =>
  z
    .number({ error: 'måste vara ett antal dagar (ett heltal)' })
    .int({ error: 'måste vara ett heltal' })
    .min(0, { error: 'får inte vara negativt' })
    .max(max, { error: `får vara högst ${max}` });

const positive = (max: number, what: string) =>
  z
    .number({ error: `måste vara ett antal ${what} (ett heltal)` })
    .int({ error: 'måste vara ett heltal' })
    .min(1, { error: 'måste vara minst 1' })
    .max(max, { error: `får vara högst ${max}` });

const time = z
  .string({ error: 'måste vara en tid som "08:30"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'måste vara en tid som "08:30"' });

const weekday = z.union([z.number().int().min(1).max(5), z.string()], { error: 'måste vara en veckodag (måndag–fredag eller 1–5)' }).transform((v, ctx) => {
  if (typeof v === 'number') return v;
  const n = weekdays.get(v.trim().toLowerCase());
  if (n === undefined) {
    ctx.addIssue({ code: 'custom', message: 'måste vara en veckodag (måndag–fredag eller 1–5)' });
    return z.NEVER;
  }
  return n;
});

const off = z.literal(false);
const offOr = 'måste vara false (av) eller en uppsättning inställningar';

/**
 * The `reminders:` section of a plan file: every key optional, unknown keys
 * refused (a typo must not silently keep the default). Messages are Swedish
 * because the coordinator writing the plan file reads them.
 */
export const reminderRulesOverrideSchema = z.strictObject(
  {
    atStart: z.boolean({ error: 'måste vara true eller false' }).optional(),
    daysBefore: z.array(positive(365, 'dagar'), { error: 'måste vara en lista med antal dagar, t.ex. [30, 7]' }).max(10, { error: 'högst 10 påminnelser före' }).optional(),
    onDeadline: z.boolean({ error: 'måste vara true eller false' }).optional(),
    overdue: z
      .union([off, z.strictObject({ everyWeeks: positive(8, 'veckor').optional(), weekday: weekday.optional(), maxWeeks: positive(104, 'veckor').optional() })], { error: offOr })
      .optional(),
    escalation: z.union([off, z.strictObject({ afterWeeks: positive(52, 'veckor') })], { error: offOr }).optional(),
    statusRounds: z
      .union([
        off,
        z.strictObject({
          daysBefore: positive(90, 'dagar').optional(),
          nudgeDaysBefore: z.union([off, days(90)], { error: 'måste vara false (av) eller ett antal dagar' }).optional(),
          summaryDaysBefore: z.union([off, days(90)], { error: 'måste vara false (av) eller ett antal dagar' }).optional(),
        }),
      ], { error: offOr })
      .optional(),
    quietDaysAfterStatus: days(365).optional(),
    snoozeDays: positive(60, 'dagar').optional(),
    workingHours: z.strictObject({ start: time, end: time }).optional(),
  },
  { error: 'måste vara en uppsättning påminnelseregler (t.ex. daysBefore: [30, 7])' },
);

/** One thing wrong with a plan's reminder rules: where (e.g. "daysBefore[1]") and what, in Swedish. */
export interface RuleProblem {
  path: string;
  /** The same place as keys, for finding its line in a YAML file. */
  at: readonly PropertyKey[];
  message: string;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '');
}

function issueText(issue: z.core.$ZodIssue): RuleProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: pathText([...issue.path, key]), at: [...issue.path, key], message: 'okänd inställning (stavfel?)' }));
  }
  if (issue.code === 'invalid_union') {
    // Show the branch that got into the value (an object with a wrong field), not "false expected".
    const deep = issue.errors.find((e) => e.some((i) => i.path.length > 0 || i.code === 'unrecognized_keys'));
    if (deep) return deep.flatMap((inner) => issueText({ ...inner, path: [...issue.path, ...inner.path] }));
  }
  return [{ path: pathText(issue.path) || 'reminders', at: issue.path, message: issue.message }];
}

/**
 * Merges a plan's overrides onto the defaults. Returns the rules, or every
 * problem at once (path + Swedish message) so the plan file can be fixed in
 * one go. `null`/absent overrides mean the defaults.
 */
export function parseReminderRules(raw: unknown): { ok: true; rules: ReminderRules } | { ok: false; problems: RuleProblem[] } {
  if (raw === null || raw === undefined) return { ok: true, rules: defaultReminderRules };
  const parsed = reminderRulesOverrideSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap(issueText) };
  const o = parsed.data;
  const d = defaultReminderRules;
  const rules: ReminderRules = {
    atStart: o.atStart ?? d.atStart,
    daysBefore: o.daysBefore ? [...new Set(o.daysBefore)].sort((a, b) => b - a) : d.daysBefore,
    onDeadline: o.onDeadline ?? d.onDeadline,
    overdue: o.overdue === false ? null : { ...d.overdue!, ...stripUndefined(o.overdue ?? {}) },
    escalation: o.escalation === false ? null : { ...d.escalation!, ...stripUndefined(o.escalation ?? {}) },
    statusRounds:
      o.statusRounds === false
        ? null
        : {
            daysBefore: o.statusRounds?.daysBefore ?? d.statusRounds!.daysBefore,
            nudgeDaysBefore: o.statusRounds?.nudgeDaysBefore === false ? null : (o.statusRounds?.nudgeDaysBefore ?? d.statusRounds!.nudgeDaysBefore),
            summaryDaysBefore:
              o.statusRounds?.summaryDaysBefore === false ? null : (o.statusRounds?.summaryDaysBefore ?? d.statusRounds!.summaryDaysBefore),
          },
    quietDaysAfterStatus: o.quietDaysAfterStatus ?? d.quietDaysAfterStatus,
    snoozeDays: o.snoozeDays ?? d.snoozeDays,
    workingHours: o.workingHours ?? d.workingHours,
  };
  if (minutesOf(rules.workingHours.end) <= minutesOf(rules.workingHours.start)) {
    return { ok: false, problems: [{ path: 'workingHours.end', at: ['workingHours', 'end'], message: 'måste vara senare än start' }] };
  }
  return { ok: true, rules };
}

function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The rules to use for a stored plan: its overrides, or the defaults when they are invalid (reported separately). */
export function effectiveReminderRules(raw: unknown): ReminderRules {
  const parsed = parseReminderRules(raw);
  return parsed.ok ? parsed.rules : defaultReminderRules;
}
