import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMeasureByCode, listGoalAreas, listMeasures, measureOwnerIds, measuresOwnedBy } from '../../../src/plans/plan-repository.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { assignToUnit, measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';

describe.each(dialects)('storing plan revisions on $name', ({ create }) => {
  let database: TestDatabase;
  const clock = new FixedClock('2024-05-23T08:00:00Z');
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => database?.destroy());

  const first = planDraft({
    measures: [
      measureDraft({ code: '1.1', deadline: 'December 2024' }),
      measureDraft({ code: '2.3', deadline: 'November 2024', ownerUnits: ['Enhet för säkerhet, beredskap och systemförvaltning'] }),
      measureDraft({ code: '2.4', deadline: 'Februari 2025', ownerUnits: ['Digitaliseringsavdelningen', 'samordnarna'] }),
    ],
  });

  it('creates a plan with a derived key, its goal areas and measures in order', async () => {
    const result = await storeDraft(database.db, clock, first);
    expect(result).toMatchObject({ outcome: 'created', revision: 1, diff: null });
    expect(result.plan.key).toBe('testkommun-2024-2025');
    expect((await listGoalAreas(database.db, result.plan.id)).map((g) => g.number)).toEqual(['1', '2']);
    const measures = await listMeasures(database.db, result.plan.id);
    expect(measures.map((m) => m.code)).toEqual(['1.1', '2.3', '2.4']);
    expect(measures[2]!.ownerUnits.map((u) => u.name)).toEqual(['Digitaliseringsavdelningen', 'Samordnarna']);
    expect(measures[1]!.deadline).toEqual({ kind: 'month', from: '2024-11-01', to: '2024-11-30', text: 'November 2024' });
  });

  it('changes nothing when the same plan is imported again', async () => {
    const again = await storeDraft(database.db, clock, first);
    expect(again).toMatchObject({ outcome: 'unchanged', revision: 1 });
  });

  it('records a revision with moved deadlines, new owners, additions and removals', async () => {
    const plan = (await storeDraft(database.db, clock, first)).plan;
    const before = await findMeasureByCode(database.db, plan.id, '2.3');
    clock.advance(86_400_000);
    const second = planDraft({
      measures: [
        measureDraft({ code: '1.1', deadline: 'Oktober 2024' }),
        measureDraft({ code: '2.3', deadline: 'Oktober 2024', ownerUnits: ['Enhet för säkerhet, beredskap och systemförvaltning'] }),
        measureDraft({ code: '2.5', deadline: 'Februari 2025' }),
      ],
    });
    const result = await storeDraft(database.db, clock, second);
    expect(result.outcome).toBe('revised');
    expect(result.revision).toBe(2);
    expect(result.diff!.added).toEqual([{ code: '2.5', title: 'Åtgärd 2.5' }]);
    expect(result.diff!.removed).toEqual([{ code: '2.4', title: 'Åtgärd 2.4' }]);
    expect(result.diff!.changed.map((c) => [c.code, c.changes.map((x) => x.field)])).toEqual([
      ['1.1', ['deadline']],
      ['2.3', ['deadline']],
    ]);
    const after = await findMeasureByCode(database.db, plan.id, '2.3');
    expect(after!.id).toBe(before!.id);
    expect(after!.changedInRevision).toBe(2);
    expect((await listMeasures(database.db, plan.id)).map((m) => m.code)).toEqual(['1.1', '2.3', '2.5']);
    const all = await listMeasures(database.db, plan.id, { includeRemoved: true });
    expect(all.find((m) => m.code === '2.4')!.removedInRevision).toBe(2);

    const changes = await database.db.selectFrom('plan_changes').select(['kind', 'revision']).where('plan_id', '=', plan.id).execute();
    expect(changes.map((c) => c.kind).sort()).toEqual(['added', 'deadline_moved', 'deadline_moved', 'removed']);
  });

  it('resolves owners to the people in their units', async () => {
    const planId = (await storeDraft(database.db, clock, first)).plan.id;
    const revised = planDraft({ measures: [measureDraft({ code: '3.1', ownerUnits: ['Ekonomi-avdelningen', 'Samordnarna'] })] });
    await storeDraft(database.db, clock, revised);
    const eva = await assignToUnit(database.db, 'ekonomi-avdelningen', 'eva@kommun.example');
    const sam = await assignToUnit(database.db, 'SAMORDNARNA', 'sam@kommun.example');
    const measure = await findMeasureByCode(database.db, planId, '3.1');
    expect((await measureOwnerIds(database.db, measure!.id)).sort()).toEqual([eva, sam].sort());
    expect((await measuresOwnedBy(database.db, eva)).map((m) => m.code)).toEqual(['3.1']);
  });
});
