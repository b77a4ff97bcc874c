import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verbs } from '../../../cards/verbs.js';
import { getPerson } from '../../../src/directory/people-repository.js';
import { countByState } from '../../../src/reminders/outbox-repository.js';
import { previewReminders } from '../../../src/reminders/preview-reminders.js';
import { cardInvoke, type TestUser } from '../../helpers/activities.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects } from '../../helpers/databases.js';
import { measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';
import { thursday, useReminderDelivery } from '../../helpers/reminder-delivery.js';
import { makeCoordinators, outboxRows, putInUnit } from '../../helpers/reminder-setup.js';

describe.each(dialects)('reminder delivery ($name)', ({ create }) => {
  const h = useReminderDelivery(create);

  it('sends each owner one message listing all their measures due, and each owner of a measure their own', async () => {
    const { bertil, cecilia, anna } = await h.seedPlan();
    const { cycle: c } = h.cycle();
    const { dispatched } = await c.runOnce();

    const bertilCards = h.bot.connector.cards(bertil.conversationId);
    expect(bertilCards).toHaveLength(1);
    expectValidCard(bertilCards[0]);
    expect(cardText(bertilCards[0])).toContain('Påminnelse: 2 åtgärder');
    expect(cardText(bertilCards[0])).toMatch(/1\.1[\s\S]*Utbildning för chefer[\s\S]*2\.1[\s\S]*Kartlägga riskområden/);
    expect(cardText(bertilCards[0])).toContain('31 oktober 2024 (i planen: Oktober 2024)');
    expect(h.bot.connector.sent(bertil.conversationId)[0]!.body.summary).toBe('Påminnelse om 2 åtgärder i handlingsplanen');

    const ceciliaCards = h.bot.connector.cards(cecilia.conversationId);
    expect(ceciliaCards).toHaveLength(1);
    expect(cardText(ceciliaCards[0])).toContain('Påminnelse: 1.1 Utbildning för chefer');
    expect(h.bot.connector.cards(anna.conversationId)).toHaveLength(0);
    expect(dispatched).toMatchObject({ messages: 2, sentRows: 3 });
    expect((await outboxRows(h.database.db)).every((r) => r.state === 'sent' && r.delivery_id && r.activity_id)).toBe(true);
  });

  it('sends nothing twice when it runs again, however often', async () => {
    await h.seedPlan();
    const { cycle: c } = h.cycle();
    await c.runOnce();
    await c.runOnce();
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.sent()).toHaveLength(2);
    expect(await countByState(h.database.db)).toMatchObject({ sent: 3, pending: 0, sending: 0 });
  });

  it('does not remind about a measure whose status was reported this week', async () => {
    const { bertil, cecilia, m11 } = await h.seedPlan();
    await h.recordStatus(m11.id, cecilia.personId, 'on_track', '2024-10-21T12:00:00Z');
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.cards(cecilia.conversationId)).toHaveLength(0);
    const [card] = h.bot.connector.cards(bertil.conversationId);
    expect(cardText(card)).toContain('Påminnelse: 2.1 Kartlägga riskområden');
    expect(cardText(card)).not.toContain('Utbildning för chefer');
    const skipped = (await outboxRows(h.database.db)).filter((r) => r.state === 'skipped');
    expect(skipped.map((r) => r.outcome)).toEqual(['recently_reported', 'recently_reported']);
  });

  it('never reminds about a measure that is done', async () => {
    const { bertil, m11, m21 } = await h.seedPlan();
    await h.recordStatus(m11.id, bertil.personId, 'done', '2024-09-01T12:00:00Z');
    await h.recordStatus(m21.id, bertil.personId, 'cancelled', '2024-09-01T12:00:00Z');
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.sent()).toHaveLength(0);
  });

  it('tells the coordinator about an owner who never installed Tillit, once', async () => {
    const { anna, plan } = await h.seedPlan();
    const { ensurePersonByEmail } = await import('../../../src/directory/people-repository.js');
    const david = await ensurePersonByEmail(h.database.db, 'david.dahl@kommun.example', thursday);
    await putInUnit(h.database.db, 'Enhet för säkerhet', [david.id]);
    await h.cycle().cycle.runOnce();
    const [digest] = h.bot.connector.cards(anna.conversationId);
    expect(cardText(digest)).toContain('**david.dahl@kommun.example** har inte Tillit installerat i Teams. Gäller: 2.1');
    expect(plan.id).toBeTruthy();
    h.clock.set('2024-10-31T08:00:00Z');
    h.bot.connector.clear();
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.sent(anna.conversationId)).toHaveLength(0);
  });

  it('escalates to the coordinator with ONE card listing every measure overdue for two weeks', async () => {
    const { anna, bertil } = await h.seedPlan();
    h.clock.set('2024-11-18T08:00:00Z'); // Monday, 18 days after the due date
    await h.cycle().cycle.runOnce();
    const digests = h.bot.connector.cards(anna.conversationId);
    expect(digests).toHaveLength(1);
    const text = cardText(digests[0]);
    expect(text).toContain('Försenade åtgärder (2)');
    expect(text).toMatch(/1\.1[\s\S]*2\.1/);
    expect(text).toContain('Ansvariga: Bertil Berg');
    const owner = h.bot.connector.cards(bertil.conversationId);
    expect(owner).toHaveLength(1);
    expect(cardText(owner[0])).toContain('försenad sedan 2 veckor');
  });

  it('stops reminders and escalations when the plan’s validity ends, with one final notice to the coordinator', async () => {
    const { anna, bertil } = await h.seedPlan({ draft: { validity: { from: '2024-05-01', to: '2024-11-30' } } });
    h.clock.set('2024-11-18T08:00:00Z'); // still valid: the usual escalation
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.cards(anna.conversationId)).toHaveLength(1);
    h.bot.connector.clear();
    for (const monday of ['2024-12-02T08:00:00Z', '2024-12-09T08:00:00Z', '2025-06-02T08:00:00Z']) {
      h.clock.set(monday);
      await h.cycle().cycle.runOnce();
    }
    expect(h.bot.connector.cards(bertil.conversationId)).toHaveLength(0);
    const last = h.bot.connector.cards(anna.conversationId);
    expect(last).toHaveLength(1);
    expectValidCard(last[0]);
    expect(cardText(last[0])).toContain('Planen gällde till och med 30 november 2024. Tillit skickar inga fler påminnelser eller eskaleringar för den.');
    expect(cardText(last[0])).not.toContain('Försenade åtgärder');
  });

  it('gives a coordinator of several plans one digest per send, not one message per plan', async () => {
    const { anna } = await h.seedPlan();
    const { plan: second } = await storeDraft(
      h.database.db,
      h.clock,
      planDraft({ key: 'andra-planen', name: 'Handlingsplan för äldreomsorgen', measures: [measureDraft({ code: '1.1', title: 'Rutin för gåvor', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' })] }),
    );
    await makeCoordinators(h.database.db, second.id, [anna.personId]);
    h.clock.set('2024-11-18T08:00:00Z');
    await h.cycle().cycle.runOnce();
    const digests = h.bot.connector.cards(anna.conversationId);
    expect(digests).toHaveLength(1);
    expectValidCard(digests[0]);
    const text = cardText(digests[0]);
    expect(text).toContain('Lägesbild för samordnare: 2 planer');
    // In the order of the plans' names: one card, a part per plan.
    expect(text).toMatch(/Handlingsplan för äldreomsorgen[\s\S]*Försenade åtgärder \(1\)[\s\S]*Handlingsplan mot välfärdsbrott 2024-2025[\s\S]*Försenade åtgärder \(2\)/);
  });

  it('sends an owner who is also the plan’s coordinator ONE message per send: the reminder with the overview below it', async () => {
    const { plan, bertil } = await h.seedPlan();
    await makeCoordinators(h.database.db, plan.id, [bertil.personId]);
    for (const monday of ['2024-11-18T08:00:00Z', '2024-11-25T08:00:00Z']) {
      h.bot.connector.clear();
      h.clock.set(monday); // overdue: Bertil is reminded as owner and escalated to as coordinator
      await h.cycle().cycle.runOnce();
      const sent = h.bot.connector.sent(bertil.conversationId);
      expect(sent).toHaveLength(1);
      const [card] = h.bot.connector.cards(bertil.conversationId);
      expectValidCard(card);
      const text = cardText(card);
      expect(text).toMatch(/Påminnelse: 2 åtgärder[\s\S]*Lägesbild för samordnare: Handlingsplan mot välfärdsbrott 2024-2025[\s\S]*Försenade åtgärder \(2\)/);
      expect(sent[0]!.body.summary).toBe('Påminnelse om 2 åtgärder i handlingsplanen · Lägesbild: Handlingsplan mot välfärdsbrott 2024-2025');
      // The owner's buttons stay with the reminder, above the overview.
      const json = JSON.stringify(card);
      expect(json.indexOf('Rapportera status')).toBeGreaterThan(-1);
      expect(json.indexOf('Påminn mig om en vecka')).toBeLessThan(json.indexOf('Lägesbild för samordnare'));
    }
    expect((await outboxRows(h.database.db)).filter((r) => r.recipient_id === bertil.personId).every((r) => r.state === 'sent')).toBe(true);
  });

  it('sends only in working hours, in the recipient’s own zone', async () => {
    const { bertil, cecilia } = await h.seedPlan({ bertilTimeZone: 'America/New_York' });
    h.clock.set('2024-10-24T16:00:00Z'); // 18:00 in Stockholm, 12:00 in New York
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.sent(cecilia.conversationId)).toHaveLength(0);
    expect(h.bot.connector.sent(bertil.conversationId)).toHaveLength(1);
    const waiting = (await outboxRows(h.database.db)).filter((r) => r.recipient_id === cecilia.personId);
    expect(waiting.map((r) => [r.state, r.next_attempt_at])).toEqual([['pending', '2024-10-25T06:30:00.000Z']]);

    h.clock.set('2024-10-25T06:31:00Z');
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.sent(cecilia.conversationId)).toHaveLength(1);
  });

  it('tells owners once when a revision moves a deadline, and reminds about the new date only', async () => {
    const { bertil, cecilia } = await h.seedPlan();
    const revised = planDraft({
      measures: [
        measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' }),
        measureDraft({ code: '2.1', title: 'Kartlägga riskområden', ownerUnits: ['Enhet för säkerhet'], deadline: 'December 2024' }),
        measureDraft({ code: '3.1', title: 'Omvärldsbevakning', ownerUnits: ['Samordnarna'], deadline: 'Löpande' }),
      ],
    });
    await storeDraft(h.database.db, h.clock, revised, 'revision-2.yaml');
    await h.cycle().cycle.runOnce();
    const [card] = h.bot.connector.cards(bertil.conversationId);
    const text = cardText(card);
    expect(text).toContain('Sista datum har ändrats i planen, från Oktober 2024 till December 2024.');
    expect(text).toContain('30 december 2024 (i planen: December 2024)');
    expect(h.bot.connector.cards(cecilia.conversationId)).toHaveLength(1);
    const changes = await h.database.db.selectFrom('plan_changes').selectAll().execute();
    expect(changes.every((c) => c.notified_at !== null)).toBe(true);

    h.bot.connector.clear();
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.sent()).toHaveLength(0);
  });

  it('tells a new owner they are now responsible and a former owner they are not, once each', async () => {
    const { bertil, cecilia } = await h.seedPlan();
    await h.cycle().cycle.runOnce();
    h.bot.connector.clear();
    await putInUnit(h.database.db, 'Enhet för analys', [cecilia.personId]);
    const revised = planDraft({
      measures: [
        measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' }),
        measureDraft({ code: '2.1', title: 'Kartlägga riskområden', ownerUnits: ['Enhet för analys'], deadline: 'Oktober 2024' }),
        measureDraft({ code: '3.1', title: 'Omvärldsbevakning', ownerUnits: ['Samordnarna'], deadline: 'Löpande' }),
      ],
    });
    await storeDraft(h.database.db, h.clock, revised, 'revision-2.yaml');
    await h.cycle().cycle.runOnce();
    const [toCecilia] = h.bot.connector.cards(cecilia.conversationId);
    expect(cardText(toCecilia)).toContain('Du är nu ansvarig för åtgärden, genom Enhet för analys.');
    expect(cardText(toCecilia)).toContain('7 dagar kvar'); // and today's reminder for it, in the same message
    const [toBertil] = h.bot.connector.cards(bertil.conversationId);
    expect(cardText(toBertil)).toContain('Du är inte längre ansvarig för åtgärden: Enhet för säkerhet står inte längre som ansvarig.');
    expect(h.bot.connector.sent()).toHaveLength(2);

    h.bot.connector.clear();
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.sent()).toHaveLength(0);
  });

  it('snoozes from the card for a week, then reminds once on that day', async () => {
    const { bertil, cecilia, m11, m21 } = await h.seedPlan();
    await h.cycle().cycle.runOnce();
    const person = (await getPerson(h.database.db, bertil.personId))!;
    const user: TestUser = { id: person.teamsUserId!, aadObjectId: randomUUID(), name: 'Bertil Berg', email: 'bertil.berg@kommun.example', locale: 'sv-SE' };
    const res = await h.bot.post(cardInvoke(user, verbs.snoozeReminder, { measureIds: [m11.id, m21.id] }, h.bot.serviceUrl));
    expect(res.status).toBe(200);
    expectValidCard(res.body.value);
    expect(cardText(res.body.value)).toContain('Jag påminner dig igen 31 oktober 2024');

    h.bot.connector.clear();
    h.clock.set('2024-10-28T08:00:00Z'); // snoozed: nothing, although a cycle runs
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.sent(bertil.conversationId)).toHaveLength(0);

    h.clock.set('2024-10-31T08:00:00Z');
    await h.cycle().cycle.runOnce();
    const cards = h.bot.connector.cards(bertil.conversationId);
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain('Du bad mig påminna dig igen i dag.');
    expect(h.bot.connector.cards(cecilia.conversationId)).toHaveLength(1); // Cecilia did not snooze: her due-date reminder
  });

  it('refuses a snooze from someone who does not own the measure', async () => {
    const { m21 } = await h.seedPlan();
    const outsider: TestUser = { id: `29:${randomUUID()}`, aadObjectId: randomUUID(), name: 'Utomstående', locale: 'sv-SE' };
    const res = await h.bot.post(cardInvoke(outsider, verbs.snoozeReminder, { measureIds: [m21.id] }, h.bot.serviceUrl));
    expect(cardText(res.body.value)).toContain('Du står inte som ansvarig för den här åtgärden');
    expect(await h.database.db.selectFrom('reminder_snoozes').selectAll().execute()).toEqual([]);
  });

  it('runs a status round before a committee follow-up and shows the coordinator the answer rate', async () => {
    const draft = {
      followUps: [{ kind: 'followUp' as const, period: (await import('../../../src/plans/parse-period.js')).parsePeriod('2024-11-15'), note: null }],
      measures: [
        measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'December 2025' }),
        measureDraft({ code: '2.1', title: 'Kartlägga riskområden', ownerUnits: ['Enhet för säkerhet'], deadline: 'December 2025' }),
        measureDraft({ code: '3.1', title: 'Omvärldsbevakning', ownerUnits: ['Samordnarna'], deadline: 'Löpande' }),
      ],
    };
    const { anna, bertil, cecilia, m31 } = await h.seedPlan({ draft });
    h.clock.set('2024-11-01T08:00:00Z'); // the round opens: 14 days before 15 November
    await h.cycle().cycle.runOnce();
    const asked = cardText(h.bot.connector.cards(bertil.conversationId)[0]);
    expect(asked).toContain('Statusrunda inför nämndens uppföljning (2024-11-15)');
    expect(asked).toContain('Omvärldsbevakning');
    await h.recordStatus(m31.id, cecilia.personId, 'on_track', '2024-11-05T09:00:00Z');

    h.bot.connector.clear();
    h.clock.set('2024-11-12T08:00:00Z'); // three days before: the coordinator's summary
    await h.cycle().cycle.runOnce();
    const [digest] = h.bot.connector.cards(anna.conversationId);
    expectValidCard(digest);
    expect(cardText(digest)).toContain('1 av 3 åtgärder har aktuell status (33 %).');
    expect(cardText(digest)).toMatch(/Status saknas för:[\s\S]*1\.1[\s\S]*2\.1/);
  });

  it('previews who would get what and when, without writing anything', async () => {
    await h.seedPlan();
    const preview = await previewReminders({ db: h.database.db, clock: h.clock, organisationZone: 'Europe/Stockholm' }, { days: 14 });
    expect(preview.map((p) => [p.at.toISOString().slice(0, 16), p.recipientName, p.items.map((i) => `${i.code}:${i.rule}`).join(',')])).toEqual([
      ['2024-10-24T08:00', 'Bertil Berg', '1.1:before,2.1:before'],
      ['2024-10-24T08:00', 'Cecilia Carlsson', '1.1:before'],
      ['2024-10-31T07:30', 'Bertil Berg', '1.1:deadline,2.1:deadline'],
      ['2024-10-31T07:30', 'Cecilia Carlsson', '1.1:deadline'],
    ]);
    expect(await countByState(h.database.db)).toMatchObject({ pending: 0, sent: 0 });
    expect(h.bot.connector.sent()).toHaveLength(0);
  });

  it('logs codes and counts only — no names, e-mail addresses or message text', async () => {
    const { bertil } = await h.seedPlan();
    h.bot.connector.policy = (call) => (call.conversationId === bertil.conversationId ? { status: 403 } : undefined);
    const { cycle: c, logs } = h.cycle();
    await c.runOnce();
    expect(logs.text).toContain('reminders_dispatched');
    expect(logs.text).not.toMatch(/Bertil|Cecilia|kommun\.example|Utbildning|Kartlägga/);
  });
});
