import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/cli-io.js';
import { describeCliError } from '../../../cli/describe-error.js';
import { buildProgram } from '../../../cli/program.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { FakeConnector } from '../../helpers/fake-connector.js';
import { assignToUnit, measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';
import { makeCoordinators, putInUnit, reachablePerson, resetReminderData } from '../../helpers/reminder-setup.js';

const clock = '2024-10-24T08:00:00Z';

describe.each(dialects)('tillit reminders … ($name)', ({ create }) => {
  let database: TestDatabase;
  let connector: FakeConnector;
  beforeAll(async () => {
    database = await create();
    connector = await new FakeConnector().start();
  });
  afterAll(async () => {
    await connector?.stop();
    await database?.destroy();
  });
  beforeEach(async () => {
    await resetReminderData(database.db);
    connector.clear();
  });

  async function tillit(...args: string[]): Promise<{ out: string; err: string; exitCode: number }> {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: { DATABASE_URL: database.url, LOG_LEVEL: 'silent', TILLIT_TEST_CLOCK: clock },
      cwd: process.cwd(),
      locale: 'sv',
    };
    try {
      await buildProgram(io).parseAsync(['node', 'tillit', ...args]);
      return { out: out.join('\n'), err: err.join('\n'), exitCode: 0 };
    } catch (error) {
      const { line, exitCode } = describeCliError(io, error);
      return { out: out.join('\n'), err: [...err, line].join('\n'), exitCode };
    }
  }

  async function seed(reminderRules: Record<string, unknown> | null = null) {
    const { plan } = await storeDraft(
      database.db,
      new FixedClock(clock),
      planDraft({
        key: 'testkommun-2024',
        reminderRules,
        measures: [
          measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' }),
          measureDraft({ code: '2.1', title: 'Samverkan med Hultsfred', ownerUnits: ['Samordnarna'], deadline: 'när resurser finns' }),
        ],
      }),
    );
    const bertil = await reachablePerson(database.db, new FixedClock(clock), { email: 'bertil.berg@kommun.example', name: 'Bertil Berg', serviceUrl: connector.url });
    const anna = await reachablePerson(database.db, new FixedClock(clock), { email: 'anna.andersson@kommun.example', name: 'Anna Andersson', serviceUrl: connector.url });
    await putInUnit(database.db, 'Samordnarna', [bertil.personId]);
    await makeCoordinators(database.db, plan.id, [anna.personId]);
    return { plan, bertil, anna };
  }

  it('shows a plan’s rules, marking its own settings, with its rounds and coordinators', async () => {
    await seed({ daysBefore: [14], escalation: { afterWeeks: 3 } });
    const { out, exitCode } = await tillit('reminders', 'rules', 'testkommun-2024');
    expect(exitCode).toBe(0);
    expect(out).toContain('Påminnelseregler för Handlingsplan mot välfärdsbrott 2024-2025 (testkommun-2024)');
    expect(out).toMatch(/\* Före sista datum:\s+14 dagar före/);
    expect(out).toMatch(/\* Eskalering till samordnare:\s+efter 3 veckors försening/);
    expect(out).toMatch(/ {3}Vid start:\s+ja/);
    expect(out).toContain('uppföljning mars 2025: frågan 14 februari 2025, påminnelse 21 februari 2025, sammanställning 26 februari 2025');
    expect(out).toMatch(/Samordnare:\s+Anna Andersson/);
  });

  it('explains invalid rules in Swedish, naming the field, and says the defaults apply', async () => {
    await seed({ daysBefore: [0], quietDays: 3 });
    const { out } = await tillit('reminders', 'rules', 'testkommun-2024');
    expect(out).toContain('Planens påminnelseregler är felaktiga, så standardreglerna används tills planen rättas:');
    expect(out).toContain('reminders.daysBefore[0]: måste vara minst 1');
    expect(out).toContain('reminders.quietDays: okänd inställning (stavfel?)');
  });

  it('names a plan it cannot find, without a stack trace', async () => {
    const { err, exitCode } = await tillit('reminders', 'rules', 'finns-inte');
    expect(exitCode).toBe(1);
    expect(err).toMatch(/^tillit: fel: det finns ingen plan "finns-inte"[ :.]/);
  });

  it('previews who gets what and when in Swedish, and sends nothing', async () => {
    await seed();
    const { out, exitCode } = await tillit('reminders', 'preview', '--days', '10');
    expect(exitCode).toBe(0);
    expect(out).toContain('Påminnelser som skulle skickas de kommande 10 dagarna');
    expect(out).toMatch(/tors 24 okt\. 2024 10:00\s+Bertil Berg\s+\(ansvarig, Handlingsplan mot välfärdsbrott 2024-2025\)\n\s+1\.1 Utbildning för chefer – 7 dagar före/);
    expect(out).toMatch(/tors 24 okt\. 2024 10:00\s+Anna Andersson\s+\(samordnare[^\n]*\n\s+2\.1 Samverkan med Hultsfred – okänt sista datum/);
    expect(out).toMatch(/tors 31 okt\. 2024 08:30\s+Bertil Berg[^\n]*\n\s+1\.1 Utbildning för chefer – förfallodag/);
    expect(connector.sent()).toHaveLength(0);
    expect(await database.db.selectFrom('reminder_outbox').selectAll().execute()).toEqual([]);
  });

  it('says in Swedish why someone cannot be reached, never a code', async () => {
    await seed();
    await assignToUnit(database.db, 'Samordnarna', 'cecilia.ny@kommun.example');
    const { out, exitCode } = await tillit('reminders', 'preview', '--days', '10');
    expect(exitCode).toBe(0);
    expect(out).toContain('cecilia.ny@kommun.example – nås inte: har inte Tillit installerat i Teams');
    expect(out).not.toMatch(/not_installed|NÅS INTE/);
  });

  it('refuses a nonsense --days', async () => {
    const { err, exitCode } = await tillit('reminders', 'preview', '--days', 'många');
    expect(exitCode).toBe(2);
    expect(err).toContain('--days måste vara ett heltal mellan 1 och 366 (fick "många")');
  });

  it('runs once for cron: plans, sends what is due, says what it did, and shows the outbox', async () => {
    const { bertil, anna } = await seed();
    const first = await tillit('reminders', 'run', '--once');
    expect(first.exitCode, first.err).toBe(0);
    expect(first.out).toContain('Påminnelser: 2 nya planerade, 2 meddelanden skickade (2 påminnelser)');
    expect(first.err).toContain('TESTKLOCKA: TILLIT_TEST_CLOCK är satt, klockan startade 2024-10-24T08:00:00.000Z.');
    expect(connector.cards(bertil.conversationId)).toHaveLength(1);
    expect(connector.cards(anna.conversationId)).toHaveLength(1);

    const again = await tillit('reminders', 'run', '--once');
    expect(again.out).toContain('Påminnelser: 0 nya planerade, 0 meddelanden skickade');
    expect(connector.sent()).toHaveLength(2);
    const status = await tillit('reminders', 'status');
    expect(status.out).toBe('Utkorgen: 0 väntar, 0 skickas just nu, 2 skickade, 0 tysta, 0 når inte mottagaren, 0 misslyckade.');
  });
});
