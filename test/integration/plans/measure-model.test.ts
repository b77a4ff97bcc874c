import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommitteeReport } from '../../../src/committee-report/committee-report.js';
import { reportRows } from '../../../src/committee-report/report-rows.js';
import { defaultOverviewSettings, type OverviewDeps } from '../../../src/overview/overview-deps.js';
import { loadPlanSnapshot, type PlanSnapshot } from '../../../src/overview/plan-snapshot.js';
import { importPlan } from '../../../src/plans/import-plan.js';
import { measureDraftSchema, type MeasureDraft } from '../../../src/plans/measure.js';
import { findMeasureByCode } from '../../../src/plans/plan-repository.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { loadStatusCardView } from '../../../src/status/status-card-view.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';

const enc = (s: string) => new TextEncoder().encode(s);

/** A plan file whose one measure gives every measure field a value, so no field can pass as null === null. */
const planFile = (title: string, decided: string) => `organisation: Modellkommun
name: Handlingsplan mot välfärdsbrott 2024–2025
decision: { reference: "SN §1", date: "${decided}" }
validity: { from: "2024-05-01", to: "2025-12-31" }
goalAreas:
  - number: 2
    title: Upptäcka välfärdsbrott
    measures:
      - code: "2.3"
        title: ${title}
        responsible: Enhet för mottagning och ekonomiskt bistånd
        start: Maj 2024
        deadline: Oktober 2024
        indicators: [Andel kontrollerade ansökningar]
        notes: Följs upp med IFO
`;

/** Every field of a measure, named by the schema MeasureDraft is inferred from: a field added there is compared here too. */
const fields = Object.keys(measureDraftSchema.shape) as Array<keyof MeasureDraft>;

function fieldsOf(measure: Record<keyof MeasureDraft, unknown>): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, measure[f]]));
}

describe.each(dialects)('one measure model for status cards and the committee report ($name)', ({ create }) => {
  let database: TestDatabase;
  const clock = new FixedClock('2024-06-03T08:00:00Z');
  const deps = (): OverviewDeps => ({ db: database.db, clock, timeZone: 'Europe/Stockholm', settings: defaultOverviewSettings });
  let planId: string;

  beforeAll(async () => {
    database = await create();
    const imported = await importPlan({ db: database.db, clock }, { fileName: 'modell.yaml', bytes: enc(planFile('Kontrollera identitet vid ansökan', '2024-05-20')) });
    planId = imported.plan!.id;
  });
  afterAll(async () => database?.destroy());

  it('gives the status card, the overview and the report the same value for every measure field', async () => {
    const registered = (await findMeasureByCode(database.db, planId, '2.3'))!;
    const card = (await loadStatusCardView(deps(), { measureId: registered.id, personId: null })).measure;
    const snapshot = (await loadPlanSnapshot(database.db, planId, '2024-06-03', 'Europe/Stockholm')) as PlanSnapshot;
    const report = await buildCommitteeReport(deps(), { viewer: { kind: 'operator' }, planId });
    const fromRevision = snapshot.measures[0]!;
    const state = report.overview.measures[0]!;

    const fromFile = fieldsOf(fromRevision);
    for (const field of fields) expect(fromFile[field], field).not.toSatisfy((v) => v === null || v === '' || (Array.isArray(v) && v.length === 0));
    expect(fieldsOf({ ...registered, ownerUnits: registered.ownerUnits.map((u) => u.name) })).toEqual(fromFile);
    expect(fieldsOf(card)).toEqual(fromFile);
    expect(fieldsOf(state)).toEqual(fromFile);
    expect([card.id, fromRevision.id, state.measureId]).toEqual([registered.id, registered.id, registered.id]);
    expect([card.planId, fromRevision.planId, state.planId]).toEqual([planId, planId, planId]);
    expect(reportRows(report, 'sv')[0]).toMatchObject({ code: card.code, title: card.title, owner: card.responsibleText, deadlineWritten: card.deadline.text, dueDate: card.dueDate });
  });

  it('keeps a report as of an earlier day on the revision then, while the status card shows the current one', async () => {
    clock.set(new Date('2024-09-02T08:00:00Z'));
    const revised = await importPlan({ db: database.db, clock }, { fileName: 'modell-2.yaml', bytes: enc(planFile('Kontrollera identitet och adress vid ansökan', '2024-09-01')) });
    expect(revised).toMatchObject({ outcome: 'revised', revision: 2 });
    const registered = (await findMeasureByCode(database.db, planId, '2.3'))!;
    const card = (await loadStatusCardView(deps(), { measureId: registered.id, personId: null })).measure;
    const before = await buildCommitteeReport(deps(), { viewer: { kind: 'operator' }, planId, asOf: '2024-08-01' });
    const now = await buildCommitteeReport(deps(), { viewer: { kind: 'operator' }, planId });
    expect(card.title).toBe('Kontrollera identitet och adress vid ansökan');
    expect(now.overview.measures[0]).toMatchObject({ measureId: registered.id, title: card.title });
    expect(before.overview.measures[0]).toMatchObject({ measureId: registered.id, title: 'Kontrollera identitet vid ansökan' });
  });
});
