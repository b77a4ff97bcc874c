import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock, systemClock } from '../../../src/ports/clock.js';
import { listPlans } from '../../../src/plans/plan-repository.js';
import { ReportCrypto } from '../../../src/reports/crypto/report-crypto.js';
import { purgeCase } from '../../../src/reports/purge-case.js';
import { reportStatistics } from '../../../src/reports/statistics/report-statistics.js';
import { submitNamedReport } from '../../../src/reports/submit-report.js';
import { ensurePersonByEmail } from '../../../src/directory/people-repository.js';
import type { ReportCategory } from '../../../src/reports/categories.js';
import { runCli } from '../../helpers/cli-run.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { oskarshamnRiskAreas } from '../../helpers/oskarshamn-risk-areas.js';
import { planDraft, storeDraft } from '../../helpers/plan-builders.js';

const units = ['Socialtjänst', 'Vård och omsorg', 'Samhällsbyggnad'];

describe.each(dialects)('report statistics ($name)', ({ create }) => {
  let database: TestDatabase;
  const clock = new FixedClock('2026-05-10T09:00:00Z');
  const deps = () => ({ db: database.db, clock, crypto: new ReportCrypto(randomBytes(32)), timeZone: 'Europe/Stockholm', config: { handlerIds: [], escalationIds: [], units, retentionDays: 730, notifyTimes: ['08:00'], release: 'batch' as const, localReleaseSeconds: 60, powBits: 14, writeCadenceMs: 15_000 } });

  async function report(on: string, unit: string | null, categories: ReportCategory[]) {
    clock.set(`${on}T10:00:00Z`);
    const person = await ensurePersonByEmail(database.db, 'named@kommun.example', clock.now().toISOString());
    await submitNamedReport(deps(), {
      draft: { categories, subject: 'self', unit, happenedMonth: null, ongoing: null, text: 'x', wantsContact: false },
      reporterPersonId: person.id,
      submissionKey: randomBytes(8).toString('hex'),
    });
  }

  beforeAll(async () => {
    database = await create();
    // 2026-Q1: 9 in Socialtjänst, 3 in Vård och omsorg, 1 not given; 2026-Q2 (running): 4 more.
    for (let i = 0; i < 9; i++) await report('2026-02-10', 'Socialtjänst', i < 6 ? ['threat'] : ['bribery', 'threat']);
    for (let i = 0; i < 3; i++) await report('2026-03-03', 'Vård och omsorg', ['harassment']);
    await report('2026-01-20', null, ['conflict_of_interest']);
    for (let i = 0; i < 4; i++) await report('2026-04-15', 'Samhällsbyggnad', ['bribery']);
    await database.db.updateTable('reports').set({ notified: 1 }).execute();
    await storeDraft(database.db, clock, planDraft({ organisation: 'Oskarshamns kommun', name: 'Handlingsplan 2026–2028', riskAreas: oskarshamnRiskAreas }));
    clock.set('2026-05-10T09:00:00Z');
  });
  afterAll(async () => database?.destroy());

  it('counts whole quarters only, shows small counts as "<5" and hides a neighbour so none can be subtracted', async () => {
    const stats = await reportStatistics({ db: database.db, clock, timeZone: 'Europe/Stockholm', units });
    expect(stats.throughQuarter).toBe('2026-Q1');
    expect(stats.total).toEqual({ shown: '13', value: 13 });
    const byUnit = Object.fromEntries(stats.byUnit.map((c) => [c.key, c.shown]));
    expect(byUnit).toEqual({ Socialtjänst: '9', 'Vård och omsorg': '<5', Samhällsbyggnad: '<5', '': '<5' });
    const byCategory = Object.fromEntries(stats.byCategory.map((c) => [c.key, c.shown]));
    expect(byCategory).toMatchObject({ threat: '9', bribery: '<5', harassment: '<5', conflict_of_interest: '<5', other: '<5' });
    expect(stats.byQuarter.map((c) => [c.key, c.shown])).toEqual([['2026-Q1', '13']]);
    expect(stats.byUnit.filter((c) => c.state !== 'shown').every((c) => c.value === null)).toBe(true);
  });

  it('hides a second unit when a single small one could be worked out from the total', async () => {
    clock.set('2026-08-01T09:00:00Z');
    const stats = await reportStatistics({ db: database.db, clock, timeZone: 'Europe/Stockholm', units: ['Socialtjänst', 'Vård och omsorg'] });
    // Q1+Q2: Socialtjänst 9, Samhällsbyggnad 4 (no longer configured, still counted), Vård 3, not given 1.
    expect(stats.total.shown).toBe('17');
    const shown = stats.byUnit.filter((c) => c.state === 'shown').reduce((a, c) => a + c.value!, 0);
    const hidden = stats.byUnit.filter((c) => c.state !== 'shown');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(17 - shown).toBeGreaterThan(0);
    clock.set('2026-05-10T09:00:00Z');
  });

  it('still counts purged cases, from the counts kept at purge time', async () => {
    const row = (await database.db.selectFrom('reports').selectAll().where('unit', 'is', null).executeTakeFirst())!;
    await purgeCase({ db: database.db, clock }, row);
    const stats = await reportStatistics({ db: database.db, clock, timeZone: 'Europe/Stockholm', units });
    expect(stats.total.shown).toBe('13');
    expect(await database.db.selectFrom('reports').selectAll().where('unit', 'is', null).execute()).toEqual([]);
  });

  it('links categories to Oskarshamn’s risk areas', async () => {
    const stats = await reportStatistics({ db: database.db, clock, timeZone: 'Europe/Stockholm', units }, { plans: await listPlans(database.db) });
    const oskarshamn = stats.riskAreas.find((r) => r.organisation === 'Oskarshamns kommun')!;
    expect(oskarshamn.general).toContain('Upphandling');
    expect(oskarshamn.byCategory.bribery).toEqual(['Byggtreprenader']);
  });

  it('prints the same from `tillit reports stats`, and refuses an unknown plan in one Swedish line', async () => {
    const env = { DATABASE_URL: database.url, TILLIT_REPORT_UNITS: units.join(';') };
    const printed = await runCli(['reports', 'stats'], env);
    expect(printed.exitCode).toBe(0);
    expect(printed.out).toContain('Anmälningar om otillåten påverkan');
    // Quarters as people write them, as in the chat and the report: "Q1 2026", never "2026-Q1".
    expect(printed.out).toMatch(/till och med Q[1-4] \d{4}/);
    expect(printed.out).not.toMatch(/\d{4}-Q[1-4]/);
    expect(printed.out).toMatch(/Vård och omsorg\s+<5/);
    expect(printed.out).toContain('Koppling till riskområden – Oskarshamns kommun');
    expect(printed.out).toContain('Mutor: Byggtreprenader');
    const json = JSON.parse((await runCli(['reports', 'stats', '--json'], env)).out);
    // The CLI runs on today's clock: the same figures as the library computes for today, suppression included.
    const today = await reportStatistics({ db: database.db, clock: systemClock, timeZone: 'Europe/Stockholm', units });
    const figures = (s: { total: unknown; byUnit: unknown; byCategory: unknown; byQuarter: unknown }) => JSON.parse(JSON.stringify({ total: s.total, byUnit: s.byUnit, byCategory: s.byCategory, byQuarter: s.byQuarter }));
    expect(figures(json)).toEqual(figures(today));
    expect(json.total.value).toBeGreaterThan(0);
    expect(json.byUnit.some((c: { shown: string; value: unknown }) => c.shown === '<5' && c.value === null)).toBe(true);
    const missing = await runCli(['reports', 'stats', '--plan', 'finns-inte'], env);
    expect(missing.exitCode).toBe(1);
    expect(missing.err).toMatch(/^tillit: fel: det finns ingen plan "finns-inte" i registret\. Planerna där: [a-z0-9-]+(, [a-z0-9-]+)*\.$/);
  });
});
