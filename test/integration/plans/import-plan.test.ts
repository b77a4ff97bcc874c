import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanImportError } from '../../../src/plans/import/import-problem.js';
import { formatPlanFile } from '../../../src/plans/import/plan-file/to-plan-file.js';
import { importPlan } from '../../../src/plans/import-plan.js';
import { storePlanRevision } from '../../../src/plans/store-plan-revision.js';
import { dueDate } from '../../../src/plans/period.js';
import { findMeasureByCode, findPlan } from '../../../src/plans/plan-repository.js';
import { planView } from '../../../src/plans/plan-view.js';
import { getRevision } from '../../../src/plans/revisions-repository.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { exampleBytes } from '../../helpers/example-files.js';
import { registerSnapshot } from '../../helpers/register-snapshot.js';
import { workbookBytes } from '../../helpers/xlsx.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe.each(dialects)('importing plans on $name', ({ create }) => {
  let database: TestDatabase;
  const clock = new FixedClock('2024-05-23T08:00:00Z');
  const deps = () => ({ db: database.db, clock });
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => database?.destroy());

  it('imports Norrtälje 2024–2025 and then the decision’s revised Bilaga as revision 2 with exactly the three moved deadlines', async () => {
    const first = await importPlan(deps(), { fileName: 'examples/1-handlingsplan.txt', bytes: exampleBytes('norrtalje') });
    expect(first).toMatchObject({ outcome: 'created', revision: 1, format: 'text', warnings: [] });
    expect(first.plan!.key).toBe('norrtalje-2024-2025');
    clock.advance(86_400_000);
    const second = await importPlan(deps(), { fileName: '2-beslut.txt', bytes: exampleBytes('norrtaljeDecision') });
    expect(second).toMatchObject({ outcome: 'revised', revision: 2 });
    expect(second.plan!.id).toBe(first.plan!.id);
    expect(second.diff!.added).toEqual([]);
    expect(second.diff!.removed).toEqual([]);
    expect(second.diff!.changed.map((c) => [c.code, c.changes.map((x) => (x.field === 'deadline' ? `${x.before.text} → ${x.after.text}` : x.field))])).toEqual([
      ['1.1', ['December 2024 → Oktober 2024']],
      ['2.3', ['November 2024 → Oktober 2024']],
      ['2.4', ['Februari 2025 → December 2024']],
    ]);
    const changes = await database.db.selectFrom('plan_changes').select(['kind', 'revision', 'notified_at']).where('plan_id', '=', first.plan!.id).execute();
    expect(changes).toEqual(Array.from({ length: 3 }, () => ({ kind: 'deadline_moved', revision: 2, notified_at: null })));
    const m24 = await findMeasureByCode(database.db, first.plan!.id, '2.4');
    expect(m24!.deadline).toEqual({ kind: 'month', from: '2024-12-01', to: '2024-12-31', text: 'December 2024' });
    // Nyårsafton (31 December) is not a working day in Sweden.
    expect(dueDate(m24!.deadline)).toBe('2024-12-30');
    expect(second.plan!.decision.reference).toBe('§97 (Dnr SN 2024-258)');
    expect((await getRevision(database.db, first.plan!.id, 1))!.draft.decision.reference).toBeNull();
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await registerSnapshot(database.db);
    const again = await importPlan(deps(), { fileName: '2-beslut.txt', bytes: exampleBytes('norrtaljeDecision') });
    expect(again).toMatchObject({ outcome: 'unchanged', revision: 2, diff: null });
    expect(await registerSnapshot(database.db)).toEqual(before);
  });

  it('imports Oskarshamn 2026–2028 with all 32 measures, its half-year, external and multi-owner rows', async () => {
    const result = await importPlan(deps(), { fileName: 'oskarshamn.txt', bytes: exampleBytes('oskarshamn'), overrides: { key: 'oskarshamn-2026-2028' } });
    expect(result.outcome).toBe('created');
    const view = await planView(database.db, result.plan!);
    expect(view.measures).toHaveLength(32);
    expect(view.plan).toMatchObject({ key: 'oskarshamn-2026-2028', organisation: 'Oskarshamns kommun', committee: 'Kommunstyrelsen', decision: { reference: '§ 99', date: '2026-05-26' }, goalAreaLabel: 'aktivitetsområde' });
    const byCode = Object.fromEntries(view.measures.map((m) => [m.code, m]));
    expect(byCode['5.4']!.start).toEqual({ kind: 'half', from: '2028-07-01', to: '2028-12-31', text: 'Andra halvan av 2028' });
    expect(byCode['2.8']!.deadline).toEqual({ kind: 'external', from: null, to: null, text: 'Hultsfreds kommun ansvarar för tidplanen' });
    expect(byCode['2.8']!.due).toBeNull();
    expect(byCode['4.12']!.owners.map((o) => o.name)).toEqual(['Digitaliseringsavdelningen', 'Säkerhetsavdelningen', 'Samordnarna']);
    expect(byCode['4.3']!.owners.map((o) => o.name)).toEqual(['Berörda förvaltningar', 'Samordnarna']);
    expect(view.plan.riskAreas).toHaveLength(47);
  });

  it('gives the same plan back when its exported YAML is imported (unchanged)', async () => {
    const plan = (await findPlan(database.db, 'oskarshamn-2026-2028'))!;
    const revision = await getRevision(database.db, plan.id, plan.currentRevision);
    const yaml = formatPlanFile(revision!.draft, 'yaml');
    const result = await importPlan(deps(), { fileName: 'oskarshamn.yaml', bytes: enc(yaml) });
    expect(result.outcome).toBe('unchanged');
  });

  it('round-trips a spreadsheet through import and the JSON view', async () => {
    const bytes = await workbookBytes([
      {
        name: 'Handlingsplan',
        rows: [
          ['Organisation', 'Kalkylby kommun'],
          ['Plan', 'Handlingsplan mot välfärdsbrott 2026–2027'],
          ['Nämnd', 'Kommunstyrelsen'],
          [],
          ['Nr', 'Åtgärd', 'Ansvarig', 'Start', 'Klar senast', 'Indikatorer'],
          ['Målområde 1: Kunskap'],
          ['1.1', 'Utbilda chefer', 'HR-avdelningen, samordnarna', 'Maj 2026', 'Q3 2026', 'Andel utbildade\nNöjdhet'],
          ['Målområde 2: Kontroll'],
          ['2.1', 'Kontrollera kontoutdrag', 'Enhet för mottagning och ekonomiskt bistånd', new Date(Date.UTC(2026, 8, 1)), 'Löpande', null],
        ],
      },
    ]);
    const result = await importPlan(deps(), { fileName: 'plan.xlsx', bytes });
    expect(result.outcome).toBe('created');
    const view = JSON.parse(JSON.stringify(await planView(database.db, result.plan!)));
    expect(view.format).toBe('tillit.plan/1');
    expect(view.plan).toMatchObject({ organisation: 'Kalkylby kommun', name: 'Handlingsplan mot välfärdsbrott 2026–2027', committee: 'Kommunstyrelsen', revision: 1 });
    expect(view.goalAreas).toEqual([{ number: '1', title: 'Kunskap' }, { number: '2', title: 'Kontroll' }]);
    expect(view.measures.map((m: any) => ({ code: m.code, goalArea: m.goalArea, owners: m.owners.map((o: any) => o.name), start: m.start, deadline: m.deadline, due: m.due, indicators: m.indicators }))).toEqual([
      {
        code: '1.1',
        goalArea: '1',
        owners: ['HR-avdelningen', 'Samordnarna'],
        start: { kind: 'month', from: '2026-05-01', to: '2026-05-31', text: 'Maj 2026' },
        deadline: { kind: 'quarter', from: '2026-07-01', to: '2026-09-30', text: 'Q3 2026' },
        due: '2026-09-30',
        indicators: ['Andel utbildade', 'Nöjdhet'],
      },
      {
        code: '2.1',
        goalArea: '2',
        owners: ['Enhet för mottagning och ekonomiskt bistånd'],
        start: { kind: 'day', from: '2026-09-01', to: '2026-09-01', text: '2026-09-01' },
        deadline: { kind: 'continuous', from: null, to: null, text: 'Löpande' },
        due: null,
        indicators: [],
      },
    ]);
  });

  it('round-trips the documented YAML example through import and the JSON view', async () => {
    const result = await importPlan(deps(), { fileName: 'exempelplan.yaml', bytes: exampleBytes('yaml') });
    const view = await planView(database.db, result.plan!);
    expect(view.plan).toMatchObject({ key: 'exempelby-2026-2027', decision: { reference: '§ 42', date: '2026-02-18' }, validity: { from: '2026-03-01', to: '2027-12-31' }, reminders: { daysBefore: [30, 10] } });
    expect(view.plan.followUps.map((f) => f.period)).toEqual([
      { kind: 'tertial', from: '2026-05-01', to: '2026-08-31', text: 'Tertial 2 2026' },
      { kind: 'month', from: '2027-03-01', to: '2027-03-31', text: 'mars 2027' },
      { kind: 'season', from: '2027-08-01', to: '2027-12-31', text: 'Hösten 2027' },
    ]);
    expect(view.measures.find((m) => m.code === '2.10')!.owners.map((o) => o.name)).toEqual(['HR-avdelningen', 'Samordnarna']);
    expect(view.measures.find((m) => m.code === '2.2')!.deadline.kind).toBe('external');
  });

  it('numbers two revisions of one plan imported at the same time one after the other, losing neither', async () => {
    const variant = (committee: string) =>
      enc(
        new TextDecoder()
          .decode(exampleBytes('yaml'))
          .replace(/^key: .*$/m, 'key: samtidiga-2026-2027')
          .replace(/^organisation: .*$/m, 'organisation: Samtidiga kommun')
          .replace(/^committee: .*$/m, `committee: ${committee}`),
      );
    const first = await importPlan(deps(), { fileName: 'plan.yaml', bytes: variant('Socialnämnden') });
    expect(first).toMatchObject({ outcome: 'created', revision: 1 });
    // Read first, then stored together: both transactions are open at the same time.
    const drafts = await Promise.all(['Kommunstyrelsen', 'Omsorgsnämnden'].map(async (c) => (await importPlan(deps(), { fileName: 'plan.yaml', bytes: variant(c), dryRun: true })).draft!));
    const both = await Promise.allSettled(drafts.map((draft) => storePlanRevision(deps(), draft, { name: 'plan.yaml', sha256: 'x' })));
    expect(both.map((b) => (b.status === 'fulfilled' ? [b.value.outcome, b.value.revision] : b.reason)).sort()).toEqual([
      ['revised', 2],
      ['revised', 3],
    ]);
    const revisions = await database.db.selectFrom('plan_revisions').select('revision').where('plan_id', '=', first.plan!.id).orderBy('revision').execute();
    expect(revisions.map((r) => r.revision)).toEqual([1, 2, 3]);
  });

  it('stores an unreadable date as unknown and says so', async () => {
    const result = await importPlan(deps(), { fileName: 'datum.csv', bytes: enc('Åtgärd;Ansvarig;Klar senast\n1.1 A;X-enheten;när budgeten tillåter\n'), overrides: { organisation: 'Datumby kommun', name: 'Plan 2026' } });
    expect(result.warnings).toEqual([{ line: 2, field: 'Klar senast', key: 'plans.import.warning.periodUnknown', vars: { text: 'när budgeten tillåter' } }]);
    const m = await findMeasureByCode(database.db, result.plan!.id, '1.1');
    expect(m!.deadline).toEqual({ kind: 'unknown', from: null, to: null, text: 'när budgeten tillåter' });
  });

  describe('refuses bad files and leaves the register unchanged', () => {
    const csv = (text: string) => enc(text);
    const flags = { organisation: 'Felby kommun', name: 'Felplan 2026' };
    const cases: Array<[string, () => Promise<{ fileName: string; bytes: Uint8Array; overrides?: Record<string, unknown> }>, string[]]> = [
      ['a wrong header', async () => ({ fileName: 'fel.csv', bytes: csv('Namn;Telefon\nAnna;123\n'), overrides: flags }), ['plans.import.error.headerNotFound']],
      ['only empty rows', async () => ({ fileName: 'tom.csv', bytes: csv('Åtgärd;Ansvarig;Klar senast\n;;\n;;\n'), overrides: flags }), ['plans.import.error.noMeasures']],
      ['a row with content but no measure', async () => ({ fileName: 'rad.csv', bytes: csv('Åtgärd;Ansvarig;Klar senast\n1.1 A;X;Maj 2026\n;Y;Juni 2026\n'), overrides: flags }), ['plans.import.error.rowWithoutMeasure']],
      ['duplicate codes', async () => ({ fileName: 'dubbel.csv', bytes: csv('Nr;Åtgärd;Ansvarig;Klar senast\n1.1;A;X;Maj 2026\n1.1;B;Y;Juni 2026\n'), overrides: flags }), ['plans.import.error.codeDuplicate']],
      ['a 20 MB file', async () => ({ fileName: 'stor.txt', bytes: new Uint8Array(20_000_000).fill(0x20) }), ['plans.import.error.tooLarge']],
      ['binary garbage', async () => ({ fileName: 'skräp.txt', bytes: Uint8Array.from({ length: 5000 }, (_, i) => (i * 131 + 7) % 256) }), ['plans.import.error.binary']],
      ['an XLSX that is a zip of something else', async () => {
        const z = new JSZip();
        z.file('foto.jpg', 'x');
        return { fileName: 'plan.xlsx', bytes: await z.generateAsync({ type: 'uint8array' }) };
      }, ['plans.import.error.zipNotXlsx']],
      ['a plan file with a bad date', async () => ({ fileName: 'plan.yaml', bytes: enc('organisation: A\nname: B\nvalidity:\n  to: juni 2025\nmeasures:\n  - { code: "1", title: C }\n') }), ['plans.import.error.fieldDate']],
      // A spreadsheet without a name takes its file's ("namnlös"), said as a warning; without an organisation it cannot be told apart.
      ['no organisation', async () => ({ fileName: 'namnlös.csv', bytes: csv('Åtgärd;Ansvarig;Klar senast\n1.1 A;X;Maj 2026\n') }), ['plans.import.error.organisationMissing']],
      ['a bad flag', async () => ({ fileName: 'ok.csv', bytes: csv('Åtgärd;Ansvarig;Klar senast\n1.1 A;X;Maj 2026\n'), overrides: { ...flags, decisionDate: '22/5' } }), ['plans.import.error.fieldDate']],
    ];

    it.each(cases)('refuses %s', async (_name, make, keys) => {
      const before = await registerSnapshot(database.db);
      const input = await make();
      const error = await importPlan(deps(), input).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PlanImportError);
      expect((error as PlanImportError).problems.map((p) => p.key)).toEqual(keys);
      expect(await registerSnapshot(database.db)).toEqual(before);
    });

    it('refuses a revision with a duplicate code and keeps the stored revision as it was', async () => {
      const before = await registerSnapshot(database.db);
      const broken = new TextDecoder().decode(exampleBytes('norrtaljeDecision')).replace(/^2\.4 (Säkerställ[^\n]*\t)/m, '2.2 $1');
      await expect(importPlan(deps(), { fileName: 'trasig.txt', bytes: enc(broken) })).rejects.toBeInstanceOf(PlanImportError);
      expect(await registerSnapshot(database.db)).toEqual(before);
      expect((await findPlan(database.db, 'norrtalje-2024-2025'))!.currentRevision).toBe(2);
    });
  });
});
