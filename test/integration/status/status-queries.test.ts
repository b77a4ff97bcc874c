import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordContact } from '../../../src/directory/record-contact.js';
import { isTillitError } from '../../../src/errors.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { loadMyMeasures } from '../../../src/status/my-measures.js';
import { recordStatusUpdate } from '../../../src/status/record-status-update.js';
import { loadStatusCardView } from '../../../src/status/status-card-view.js';
import type { StatusDeps } from '../../../src/status/status-deps.js';
import { loadStatusHistory } from '../../../src/status/status-history.js';
import { rememberStatusPrompt } from '../../../src/status/status-prompts.js';
import { latestStatuses } from '../../../src/status/latest-statuses.js';
import { findCodeMentions } from '../../../src/status/measure-codes.js';
import { resolveReplyMeasure } from '../../../src/status/resolve-reply-measure.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { assignToUnit, measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';
import { draft, seedStatusPlan, submit, type StatusFixture } from '../../helpers/status-fixtures.js';

describe.each(dialects)('status history, "mina åtgärder" and the card view on $name', ({ create }) => {
  let database: TestDatabase;
  let deps: StatusDeps;
  let f: StatusFixture;
  const clock = new FixedClock('2024-10-14T08:00:00Z');
  beforeAll(async () => {
    database = await create();
    deps = { db: database.db, clock, timeZone: 'Europe/Stockholm' };
    f = await seedStatusPlan(database.db, clock);
    await database.db.updateTable('people').set({ display_name: 'Anna Andersson' }).where('id', '=', f.anna).execute();
    await database.db.updateTable('people').set({ display_name: 'Cecilia Carlsson' }).where('id', '=', f.coordinator).execute();
    await recordStatusUpdate(deps, submit(f.measureId, f.anna, { draft: draft({ status: 'on_track' }) }));
    clock.advance(3600_000);
    await recordStatusUpdate(deps, submit(f.measureId, f.coordinator, { basedOnSeq: 1, onBehalfOf: f.anna, draft: draft({ status: 'at_risk', comment: 'Leverantören är sen', forecastDate: '2024-11-29' }) }));
  });
  afterAll(async () => database?.destroy());

  it('lists the history newest first with who recorded it for whom, and the total', async () => {
    const history = await loadStatusHistory(deps, { measureId: f.measureId, viewerId: f.reader });
    expect(history.total).toBe(2);
    expect(history.entries.map((e) => [e.seq, e.status, e.previousStatus, e.recordedByName, e.onBehalfOfName, e.recordedAs])).toEqual([
      [2, 'at_risk', 'on_track', 'Cecilia Carlsson', 'Anna Andersson', 'coordinator'],
      [1, 'on_track', null, 'Anna Andersson', null, 'owner'],
    ]);
    expect(history.entries[1]!.recordedAt).toBe('2024-10-14T08:00:00.000Z');
  });

  it('limits the history it returns but counts all of it', async () => {
    const history = await loadStatusHistory(deps, { measureId: f.measureId, viewerId: f.anna, limit: 1 });
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]!.previousStatus).toBe('on_track');
    expect(history.total).toBe(2);
  });

  it('does not show the history to someone without a role on the measure', async () => {
    const error = await loadStatusHistory(deps, { measureId: f.measureId, viewerId: f.stranger }).catch((e: unknown) => e);
    expect(isTillitError(error, 'not_permitted')).toBe(true);
  });

  it('builds the card view with the viewer’s authority, the latest status and, for a coordinator, the owners', async () => {
    const owner = await loadStatusCardView(deps, { measureId: f.measureId, personId: f.anna });
    expect(owner.viewer).toMatchObject({ role: 'owner', canRecord: true, canRead: true });
    expect(owner.latest).toMatchObject({ seq: 2, status: 'at_risk', recordedByName: 'Cecilia Carlsson', onBehalfOfName: 'Anna Andersson' });
    expect(owner.measure).toMatchObject({ code: '2.3', dueDate: '2024-10-31', goalArea: { number: '2' }, planRevision: 1 });
    expect(owner.overdue).toBe(false);
    expect(owner.owners).toEqual([]);
    const coordinator = await loadStatusCardView(deps, { measureId: f.measureId, personId: f.coordinator });
    expect(coordinator.viewer).toMatchObject({ role: 'coordinator', canRecord: true });
    expect(coordinator.owners.map((o) => o.personId).sort()).toEqual([f.anna, f.bo].sort());
    expect((await loadStatusCardView(deps, { measureId: f.measureId, personId: f.reader })).viewer).toMatchObject({ role: 'reader', canRecord: false, canRead: true });
    expect((await loadStatusCardView(deps, { measureId: f.measureId, personId: f.stranger })).viewer).toMatchObject({ role: null, canRecord: false, canRead: false });
  });

  it('lists a person’s measures with traffic lights, most urgent first', async () => {
    const mine = await loadMyMeasures(deps, { personId: f.anna });
    expect(mine.items.map((i) => [i.measure.code, i.light, i.latest?.status ?? null])).toEqual([
      ['2.3', 'yellow', 'at_risk'],
      ['1.1', 'grey', null],
    ]);
    expect((await loadMyMeasures(deps, { personId: f.sam })).items.map((i) => i.measure.code)).toEqual(['1.1']);
    expect((await loadMyMeasures(deps, { personId: f.stranger })).items).toEqual([]);
  });

  it('puts overdue measures first in red and done ones last', async () => {
    const later = new FixedClock('2024-11-05T08:00:00Z');
    const g = await seedStatusPlan(database.db, later);
    const lateDeps = { ...deps, clock: later };
    await recordStatusUpdate(lateDeps, submit(g.continuousId, g.anna, { draft: draft({ status: 'done' }) }));
    const mine = await loadMyMeasures(lateDeps, { personId: g.anna });
    expect(mine.items.map((i) => [i.measure.code, i.light, i.overdue])).toEqual([
      ['2.3', 'red', true],
      ['1.1', 'blue', false],
    ]);
  });

  it('finds the latest status of many measures at once', async () => {
    const latest = await latestStatuses(database.db, [f.measureId, f.continuousId]);
    expect(latest.get(f.measureId)?.seq).toBe(2);
    expect(latest.has(f.continuousId)).toBe(false);
  });
});

describe.each(dialects)('which measure a free-text reply is about, on $name', ({ create }) => {
  let database: TestDatabase;
  let deps: StatusDeps;
  const clock = new FixedClock('2024-10-14T08:00:00Z');
  beforeAll(async () => {
    database = await create();
    deps = { db: database.db, clock, timeZone: 'Europe/Stockholm' };
  });
  afterAll(async () => database?.destroy());

  async function conversationOf(personId: string, id: string): Promise<string> {
    const { conversation } = await recordContact(
      { db: database.db, clock },
      { conversation: { conversationId: id, conversationType: 'personal', serviceUrl: 'http://127.0.0.1:1/', reference: {} } },
    );
    await database.db.updateTable('conversations').set({ person_id: personId }).where('id', '=', conversation.id).execute();
    return conversation.id;
  }

  const words = (text: string) => ({ mentions: findCodeMentions(text), text });

  it('takes a code in the text first, then the card Teams says it replies to, then the only measure — never the latest card', async () => {
    const f = await seedStatusPlan(database.db, clock);
    const conversation = await conversationOf(f.anna, `a:anna-${f.tag}`);
    const nowIso = clock.now().toISOString();
    const base = { personId: f.anna, conversationRowId: conversation, ...words('klar') };
    // Anna owns two measures and has seen no card: ask.
    expect(await resolveReplyMeasure(deps, base)).toMatchObject({ kind: 'choose', reason: 'unnamed', measureIds: expect.arrayContaining([f.measureId, f.continuousId]) });
    expect(await resolveReplyMeasure(deps, { ...base, ...words('vi är försenade med 1.1 pga IT') })).toEqual({ kind: 'measure', measureId: f.continuousId });
    await rememberStatusPrompt(database.db, { conversationRowId: conversation, personId: f.anna, activityId: 'reminder-1', measureIds: [f.measureId], nowIso });
    clock.advance(1000);
    await rememberStatusPrompt(database.db, { conversationRowId: conversation, personId: f.anna, activityId: 'card-2', measureIds: [f.continuousId], nowIso: clock.now().toISOString() });
    // The latest card (1.1) is listed first, but Tillit still asks.
    expect(await resolveReplyMeasure(deps, base)).toEqual({ kind: 'choose', reason: 'unnamed', unknownCodes: [], measureIds: [f.continuousId, f.measureId] });
    // A code in the text beats the latest card.
    expect(await resolveReplyMeasure(deps, { ...base, ...words('2.3 klar') })).toEqual({ kind: 'measure', measureId: f.measureId });
    // An answer to a message Teams names is no guess.
    expect(await resolveReplyMeasure(deps, { ...base, replyToId: 'reminder-1' })).toEqual({ kind: 'measure', measureId: f.measureId });
    // Two codes: ask between them.
    expect(await resolveReplyMeasure(deps, { ...base, ...words('1.1 och 2.3 är klara') })).toMatchObject({ kind: 'choose', reason: 'several' });
    // A code no measure has: ask, and say which code was not found.
    expect(await resolveReplyMeasure(deps, { ...base, ...words('9.9 klar') })).toMatchObject({ kind: 'choose', reason: 'unknown', unknownCodes: ['9.9'] });
    // A title names the measure.
    expect(await resolveReplyMeasure(deps, { ...base, ...words('identitetskontrollen vid ansökan är klar') })).toEqual({ kind: 'measure', measureId: f.measureId });
    // Sam owns only 1.1.
    expect(await resolveReplyMeasure(deps, { personId: f.sam, conversationRowId: null, ...words('klar') })).toEqual({ kind: 'measure', measureId: f.continuousId });
  });

  it('forgets a card after a week', async () => {
    const f = await seedStatusPlan(database.db, clock);
    const conversation = await conversationOf(f.anna, `a:anna-${f.tag}`);
    await rememberStatusPrompt(database.db, { conversationRowId: conversation, measureIds: [f.measureId], nowIso: clock.now().toISOString() });
    const later = { ...deps, clock: new FixedClock(new Date(clock.now().getTime() + 8 * 86_400_000)) };
    expect((await resolveReplyMeasure(later, { personId: f.anna, conversationRowId: conversation, ...words('klar') })).kind).toBe('choose');
    // A month on, a new prompt clears the old ones of the conversation.
    const monthLater = new Date(clock.now().getTime() + 31 * 86_400_000).toISOString();
    await rememberStatusPrompt(database.db, { conversationRowId: conversation, measureIds: [f.continuousId], nowIso: monthLater });
    const kept = await database.db.selectFrom('status_prompts').select('measure_ids_json').where('conversation_row_id', '=', conversation).execute();
    expect(kept.map((r) => JSON.parse(r.measure_ids_json))).toEqual([[f.continuousId]]);
  });

  it('refuses a code of someone else’s measure, and says when a person has none', async () => {
    const f = await seedStatusPlan(database.db, clock);
    await storeDraft(database.db, clock, planDraft({ organisation: `Annan kommun ${f.tag}`, measures: [measureDraft({ code: '9.9', ownerUnits: [`Annan enhet ${f.tag}`] })] }));
    await assignToUnit(database.db, `Annan enhet ${f.tag}`, `olle.${f.tag}@kommun.example`);
    expect(await resolveReplyMeasure(deps, { personId: f.stranger, conversationRowId: null, ...words('9.9 klar') })).toMatchObject({ kind: 'refused' });
    expect(await resolveReplyMeasure(deps, { personId: f.stranger, conversationRowId: null, ...words('klar') })).toEqual({ kind: 'none' });
    // A coordinator may answer for their plan's measure by its code.
    expect(await resolveReplyMeasure(deps, { personId: f.coordinator, conversationRowId: null, ...words('2.3 klar') })).toEqual({ kind: 'measure', measureId: f.measureId });
  });
});
