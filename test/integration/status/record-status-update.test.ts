import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTillitError } from '../../../src/errors.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { newCardNonce, statusIdempotencyKey } from '../../../src/status/card-nonce.js';
import { recordStatusUpdate, type RecordStatusInput } from '../../../src/status/record-status-update.js';
import type { StatusDeps } from '../../../src/status/status-deps.js';
import { StatusValidationError } from '../../../src/status/status-errors.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';
import { draft, seedStatusPlan, submit, type StatusFixture } from '../../helpers/status-fixtures.js';

describe.each(dialects)('recordStatusUpdate on $name', ({ create }) => {
  let database: TestDatabase;
  let deps: StatusDeps;
  const clock = new FixedClock('2024-10-14T08:00:00Z');
  beforeAll(async () => {
    database = await create();
    deps = { db: database.db, clock, timeZone: 'Europe/Stockholm' };
  });
  afterAll(async () => database?.destroy());

  const rows = (measureId: string) =>
    database.db.selectFrom('status_updates').selectAll().where('measure_id', '=', measureId).orderBy('seq').execute();

  async function problemsOf(input: RecordStatusInput, using: StatusDeps = deps): Promise<string[]> {
    const error = await recordStatusUpdate(using, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatusValidationError);
    return (error as StatusValidationError).problems.map((p) => p.code);
  }

  async function codeOf(input: RecordStatusInput): Promise<string | undefined> {
    const error = await recordStatusUpdate(deps, input).catch((e: unknown) => e);
    return isTillitError(error) ? error.code : undefined;
  }

  describe('who may record', () => {
    let f: StatusFixture;
    beforeAll(async () => {
      f = await seedStatusPlan(database.db, clock);
    });

    it('records an owner’s status as the first row, with who, when, revision and source', async () => {
      const result = await recordStatusUpdate(deps, submit(f.measureId, f.anna, { draft: draft({ status: 'on_track', comment: 'Rutinen är skriven.' }) }));
      expect(result.outcome).toBe('recorded');
      const [row] = await rows(f.measureId);
      expect(row).toMatchObject({
        seq: 1,
        status: 'on_track',
        comment: 'Rutinen är skriven.',
        recorded_by: f.anna,
        on_behalf_of: null,
        recorded_as: 'owner',
        recorded_at: '2024-10-14T08:00:00.000Z',
        plan_revision: 1,
        source: 'card',
      });
    });

    it('lets a coordinator record on behalf of the owner they choose, and says so', async () => {
      const result = await recordStatusUpdate(deps, submit(f.measureId, f.coordinator, { basedOnSeq: 1, onBehalfOf: f.bo, draft: draft({ status: 'on_track' }) }));
      expect(result.outcome).toBe('recorded');
      expect((await rows(f.measureId))[1]).toMatchObject({ seq: 2, recorded_by: f.coordinator, on_behalf_of: f.bo, recorded_as: 'coordinator' });
    });

    it('asks a coordinator to choose the owner when the measure has several', async () => {
      expect(await problemsOf(submit(f.measureId, f.coordinator, { basedOnSeq: 2 }))).toEqual(['owner_choice_invalid']);
    });

    it('does not let a coordinator report for someone who is no owner', async () => {
      expect(await problemsOf(submit(f.measureId, f.coordinator, { basedOnSeq: 2, onBehalfOf: f.stranger }))).toEqual(['owner_choice_invalid']);
    });

    it.each([
      ['a reader of the plan', 'reader'],
      ['a stranger', 'stranger'],
    ] as const)('refuses %s with not_owner and stores nothing', async (_label, who) => {
      expect(await codeOf(submit(f.measureId, f[who], { basedOnSeq: 2 }))).toBe('not_owner');
      expect(await rows(f.measureId)).toHaveLength(2);
    });

    it('refuses someone it does not know at all', async () => {
      expect(await codeOf(submit(f.measureId, '00000000-0000-4000-8000-000000000000', { basedOnSeq: 2 }))).toBe('not_owner');
    });

    it('says measure_not_found for an unknown measure id', async () => {
      expect(await codeOf(submit('3f0c8a2e-0000-4000-8000-000000000001', f.anna))).toBe('measure_not_found');
    });

    it('lets an owner of one of several owner units record', async () => {
      const result = await recordStatusUpdate(deps, submit(f.continuousId, f.sam, { draft: draft({ status: 'on_track' }) }));
      expect(result.outcome).toBe('recorded');
    });
  });

  describe('the status rules', () => {
    let f: StatusFixture;
    beforeAll(async () => {
      f = await seedStatusPlan(database.db, clock);
    });

    it.each(['at_risk', 'delayed', 'cancelled'] as const)('requires a comment for %s and stores nothing without one', async (status) => {
      const problems = await problemsOf(submit(f.measureId, f.anna, { draft: draft({ status, comment: '  ', forecastDate: '2024-12-20' }) }));
      expect(problems).toContain('comment_required');
      expect(await rows(f.measureId)).toHaveLength(0);
    });

    it('requires a forecast when delayed, and refuses one in the past', async () => {
      expect(await problemsOf(submit(f.measureId, f.anna, { draft: draft({ status: 'delayed', comment: 'Väntar på IT' }) }))).toEqual(['forecast_required']);
      expect(
        await problemsOf(submit(f.measureId, f.anna, { draft: draft({ status: 'delayed', comment: 'Väntar på IT', forecastDate: '2024-10-13' }) })),
      ).toEqual(['forecast_in_past']);
      expect(
        await problemsOf(submit(f.measureId, f.anna, { draft: draft({ status: 'delayed', comment: 'Väntar på IT', forecastDate: '2024-02-30' }) })),
      ).toEqual(['forecast_invalid']);
    });

    it('refuses a comment of 100 kB and stores nothing', async () => {
      expect(await problemsOf(submit(f.measureId, f.anna, { draft: draft({ comment: 'x'.repeat(100_000) }) }))).toEqual(['comment_too_long']);
      expect(await rows(f.measureId)).toHaveLength(0);
    });

    it('refuses values for indicators the plan does not define', async () => {
      expect(await problemsOf(submit(f.measureId, f.anna, { draft: draft({ indicatorValues: ['1', '2', '3'] }) }))).toEqual(['indicator_unknown']);
    });

    it('stores a delayed status with forecast and indicator values keyed by the plan’s indicator text', async () => {
      const result = await recordStatusUpdate(
        deps,
        submit(f.measureId, f.anna, {
          draft: draft({ status: 'delayed', comment: 'Väntar på IT', forecastDate: '2025-03-31', indicatorValues: ['64 %', ''] }),
        }),
      );
      expect(result).toMatchObject({
        outcome: 'recorded',
        update: { status: 'delayed', forecastDate: '2025-03-31', indicatorValues: { 'Andel ansökningar där identiteten kontrollerats': '64 %' } },
      });
    });

    it('keeps script and HTML as the text it is', async () => {
      const comment = '<script>alert("x")</script> <b>fet</b> [länk](https://example.com)';
      await recordStatusUpdate(deps, submit(f.measureId, f.anna, { basedOnSeq: 1, draft: draft({ status: 'at_risk', comment, forecastDate: '2025-03-31' }) }));
      expect((await rows(f.measureId))[1]!.comment).toBe(comment);
    });

    it('drops a forecast for done, and lets a done measure be reopened only with a comment', async () => {
      await recordStatusUpdate(deps, submit(f.measureId, f.anna, { basedOnSeq: 2, draft: draft({ status: 'done', forecastDate: '2025-01-01' }) }));
      expect((await rows(f.measureId))[2]).toMatchObject({ status: 'done', forecast_date: null });
      expect(await problemsOf(submit(f.measureId, f.anna, { basedOnSeq: 3, draft: draft({ status: 'on_track' }) }))).toEqual(['reopen_needs_comment']);
      const reopened = await recordStatusUpdate(
        deps,
        submit(f.measureId, f.bo, { basedOnSeq: 3, draft: draft({ status: 'on_track', comment: 'Revisionen hittade brister, vi gör om.' }) }),
      );
      expect(reopened.outcome).toBe('recorded');
    });

    it('asks for a forecast once the deadline has passed, even for "on track"', async () => {
      const later = new FixedClock('2024-11-04T08:00:00Z');
      const lateDeps = { ...deps, clock: later };
      const g = await seedStatusPlan(database.db, later);
      expect(await problemsOf(submit(g.measureId, g.anna, { draft: draft({ status: 'on_track' }) }), lateDeps)).toEqual(['forecast_required']);
      expect(await problemsOf(submit(g.measureId, g.anna, { draft: draft({ status: 'not_started' }) }), lateDeps)).toEqual(['forecast_required']);
      expect((await recordStatusUpdate(lateDeps, submit(g.measureId, g.anna, { draft: draft({ status: 'on_track', forecastDate: '2024-12-13' }) }))).outcome).toBe(
        'recorded',
      );
      // A continuous measure has no deadline to pass.
      expect((await recordStatusUpdate(lateDeps, submit(g.continuousId, g.anna, { draft: draft({ status: 'on_track' }) }))).outcome).toBe('recorded');
    });
  });

  describe('every status', () => {
    it.each([
      ['not_started', {}],
      ['on_track', {}],
      ['at_risk', { comment: 'Leverantören är sen' }],
      ['delayed', { comment: 'Väntar på IT', forecastDate: '2025-02-28' }],
      ['done', {}],
      ['cancelled', { comment: 'Ersatt av en ny åtgärd' }],
    ] as const)('records %s with what it needs', async (status, extra) => {
      const g = await seedStatusPlan(database.db, clock);
      const result = await recordStatusUpdate(deps, submit(g.measureId, g.anna, { draft: draft({ status, ...extra }) }));
      expect(result).toMatchObject({ outcome: 'recorded', update: { status, seq: 1 } });
      expect((await rows(g.measureId)).map((r) => r.status)).toEqual([status]);
    });
  });

  describe('idempotency and out-of-date cards', () => {
    let f: StatusFixture;
    beforeAll(async () => {
      f = await seedStatusPlan(database.db, clock);
    });

    it('answers a retried submit with the row it already made, adding none', async () => {
      const nonce = newCardNonce();
      const input = submit(f.measureId, f.anna, { nonce, draft: draft({ status: 'at_risk', comment: 'Leverantören är sen' }) });
      const first = await recordStatusUpdate(deps, input);
      const again = await recordStatusUpdate(deps, { ...input });
      expect(first.outcome).toBe('recorded');
      expect(again).toMatchObject({ outcome: 'duplicate', update: { id: (first as { update: { id: string } }).update.id } });
      expect(await rows(f.measureId)).toHaveLength(1);
    });

    it('makes one row of the same submit arriving twice at once', async () => {
      const input = submit(f.measureId, f.anna, { basedOnSeq: 1, draft: draft({ status: 'on_track' }) });
      const results = await Promise.all([recordStatusUpdate(deps, input), recordStatusUpdate(deps, { ...input })]);
      expect(results.map((r) => r.outcome).sort()).toEqual(['duplicate', 'recorded']);
      expect(await rows(f.measureId)).toHaveLength(2);
    });

    it('lets only one of two owners reporting at once win, and tells the other', async () => {
      const results = await Promise.all([
        recordStatusUpdate(deps, submit(f.measureId, f.anna, { basedOnSeq: 2, draft: draft({ status: 'on_track' }) })),
        recordStatusUpdate(deps, submit(f.measureId, f.bo, { basedOnSeq: 2, draft: draft({ status: 'at_risk', comment: 'Sjukskrivningar' }) })),
      ]);
      expect(results.map((r) => r.outcome).sort()).toEqual(['recorded', 'stale']);
      expect(results.find((r) => r.outcome === 'stale')).toMatchObject({ reason: 'newer_status', latest: { seq: 3 } });
      expect(await rows(f.measureId)).toHaveLength(3);
    });

    it('does not let an old card overwrite a newer status', async () => {
      const result = await recordStatusUpdate(deps, submit(f.measureId, f.anna, { basedOnSeq: 1, draft: draft({ status: 'done' }) }));
      expect(result).toMatchObject({ outcome: 'stale', reason: 'newer_status', latest: { seq: 3 } });
      expect(await rows(f.measureId)).toHaveLength(3);
    });

    it('treats a replayed submit of a used card with other content as out of date', async () => {
      const nonce = newCardNonce();
      await recordStatusUpdate(deps, submit(f.measureId, f.anna, { nonce, basedOnSeq: 3, draft: draft({ status: 'on_track' }) }));
      const replay = await recordStatusUpdate(deps, submit(f.measureId, f.anna, { nonce, basedOnSeq: 3, draft: draft({ status: 'done' }) }));
      expect(replay).toMatchObject({ outcome: 'stale', reason: 'newer_status' });
      expect(await rows(f.measureId)).toHaveLength(4);
    });

    it('refuses a card claiming a status that does not exist yet', async () => {
      expect(await codeOf(submit(f.measureId, f.anna, { basedOnSeq: 99 }))).toBe('invalid_input');
      expect(await codeOf(submit(f.measureId, f.anna, { basedOnSeq: 4, basedOnRevision: 7 }))).toBe('invalid_input');
    });

    it('keeps the history append-only: a correction is a new row', async () => {
      await recordStatusUpdate(deps, submit(f.measureId, f.anna, { basedOnSeq: 4, draft: draft({ status: 'at_risk', comment: 'Rättelse: risk' }) }));
      expect((await rows(f.measureId)).map((r) => [r.seq, r.status])).toEqual([
        [1, 'at_risk'],
        [2, 'on_track'],
        [3, expect.any(String)],
        [4, 'on_track'],
        [5, 'at_risk'],
      ]);
    });
  });

  describe('plan revisions', () => {
    it('says a card is out of date when a revision changed its measure, but not for an unrelated change', async () => {
      const f = await seedStatusPlan(database.db, clock);
      const stored = await database.db.selectFrom('plan_revisions').select('draft_json').where('plan_id', '=', f.planId).executeTakeFirstOrThrow();
      const original = JSON.parse(stored.draft_json) as ReturnType<typeof planDraft>;
      // Revision 2 adds a measure elsewhere: 2.3 is unchanged, its cards stay valid.
      await storeDraft(database.db, clock, { ...original, measures: [...original.measures, measureDraft({ code: '3.1', ownerUnits: [f.receptionUnit] })] });
      expect((await recordStatusUpdate(deps, submit(f.measureId, f.anna, { basedOnRevision: 1 }))).outcome).toBe('recorded');
      // Revision 3 moves 2.3's deadline: a card made before it is out of date.
      await storeDraft(database.db, clock, {
        ...original,
        measures: original.measures.map((m) => (m.code === '2.3' ? { ...m, deadline: { kind: 'month', from: '2024-12-01', to: '2024-12-31', text: 'December 2024' } } : m)),
      });
      const result = await recordStatusUpdate(deps, submit(f.measureId, f.anna, { basedOnSeq: 1, basedOnRevision: 2 }));
      expect(result).toMatchObject({ outcome: 'stale', reason: 'plan_revised' });
      expect((await recordStatusUpdate(deps, submit(f.measureId, f.anna, { basedOnSeq: 1, basedOnRevision: 3 }))).outcome).toBe('recorded');
    });

    it('refuses a status for a measure a revision removed', async () => {
      const f = await seedStatusPlan(database.db, clock);
      const stored = await database.db.selectFrom('plan_revisions').select('draft_json').where('plan_id', '=', f.planId).executeTakeFirstOrThrow();
      const original = JSON.parse(stored.draft_json) as ReturnType<typeof planDraft>;
      await storeDraft(database.db, clock, { ...original, measures: original.measures.filter((m) => m.code !== '2.3') });
      expect(await codeOf(submit(f.measureId, f.anna, { basedOnRevision: 2 }))).toBe('measure_removed');
    });
  });

  it('uses keys that name the card, the measure and the state it was based on', () => {
    expect(statusIdempotencyKey('abcdefghijklmnop', 'm-1', 3)).toBe('card:abcdefghijklmnop:m-1:3');
  });
});
