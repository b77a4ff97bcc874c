import { describe, expect, it } from 'vitest';
import { coordinatorDigestCard } from '../../../cards/coordinator-digest-card.js';
import { reminderCard } from '../../../cards/reminder-card.js';
import { createReminderRenderer } from '../../../cards/reminder-messages.js';
import { snoozeConfirmationCard } from '../../../cards/snooze-confirmation-card.js';
import { verbs } from '../../../cards/verbs.js';
import type { CoordinatorDigestView, OwnerReminderItem, OwnerReminderView } from '../../../src/reminders/reminder-views.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';

const item = (n: number, overrides: Partial<OwnerReminderItem> = {}): OwnerReminderItem => ({
  measureId: `m-${n}`,
  code: `2.${n}`,
  title: `Kartlägga risker för otillåten påverkan i verksamhet ${n}`,
  planName: 'Handlingsplan mot välfärdsbrott 2024–2025',
  deadlineText: 'Oktober 2024',
  dueDate: '2024-10-31',
  reasons: [],
  latestStatus: null,
  removed: false,
  ...overrides,
});

const view = (items: OwnerReminderItem[]): OwnerReminderView => ({ recipientId: 'person-bertil', recipientName: 'Bertil Berg', today: '2024-10-24', snoozeDays: 7, items });

function actions(card: any): any[] {
  const out: any[] = [];
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      if (typeof n.type === 'string' && n.type.startsWith('Action.')) out.push(n);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out.filter((a) => a.type === 'Action.Execute');
}

describe('reminder card', () => {
  it('shows the measure, its plan, the deadline as written and as a date, and a "Rapportera status" action', () => {
    const card = reminderCard(view([item(3)]), 'sv');
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Påminnelse: 2.3 Kartlägga risker');
    expect(text).toContain('Hej Bertil!');
    expect(text).toContain('Handlingsplan mot välfärdsbrott 2024–2025');
    expect(text).toContain('31 oktober 2024 (i planen: Oktober 2024)');
    expect(text).toContain('7 dagar kvar');
    const [report, snooze] = actions(card);
    expect(report).toMatchObject({ title: 'Rapportera status', verb: verbs.statusOpen, data: { measureId: 'm-3' } });
    expect(snooze).toMatchObject({ title: 'Påminn mig om en vecka', verb: verbs.snoozeReminder, data: { measureIds: ['m-3'] } });
  });

  it('lists several measures in one card, each with its own status action, and snoozes them together', () => {
    const card = reminderCard(view([item(1), item(2, { dueDate: '2024-10-10', deadlineText: '2024-10-10' }), item(3, { dueDate: null, deadlineText: 'Löpande' })]), 'sv');
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Påminnelse: 3 åtgärder');
    expect(text).toContain('försenad sedan 2 veckor');
    expect(text).toContain('inget sista datum (löpande)');
    const all = actions(card);
    expect(all.filter((a) => a.verb === verbs.statusOpen)).toHaveLength(3);
    expect(all.find((a) => a.verb === verbs.snoozeReminder).data.measureIds).toEqual(['m-1', 'm-2', 'm-3']);
  });

  it('says why a measure is in the reminder: a status round, a moved deadline, a snooze', () => {
    const card = reminderCard(
      view([
        item(1, { reasons: [{ kind: 'round', followUpText: 'mars 2025', followUpDate: '2025-03-01' }] }),
        item(2, { reasons: [{ kind: 'revision', change: 'deadline_moved', before: 'Oktober 2024', after: 'December 2024' }] }),
        item(4, { reasons: [{ kind: 'snooze' }] }),
      ]),
      'sv',
    );
    const text = cardText(card);
    expect(text).toContain('Statusrunda inför nämndens uppföljning (mars 2025)');
    expect(text).toContain('Sista datum har ändrats i planen, från Oktober 2024 till December 2024.');
    expect(text).toContain('Du bad mig påminna dig igen i dag.');
  });

  it('offers no status action for a measure removed from the plan', () => {
    const card = reminderCard(view([item(1, { removed: true, reasons: [{ kind: 'revision', change: 'removed' }] })]), 'sv');
    expectValidCard(card);
    expect(actions(card)).toEqual([]);
    expect(cardText(card)).toContain('har tagits bort ur planen');
  });

  it('stays valid and under 28 KB with ten long measures', () => {
    const long = 'Mycket lång titel om samverkan mot välfärdsbrott och otillåten påverkan '.repeat(8);
    const card = reminderCard(view(Array.from({ length: 10 }, (_, n) => item(n, { title: long, reasons: [{ kind: 'start' }, { kind: 'round', followUpText: 'mars 2025', followUpDate: '2025-03-01' }] }))), 'sv');
    expectValidCard(card);
  });

  it('speaks English to someone who chose English', () => {
    const card = reminderCard(view([item(1)]), 'en');
    expect(cardText(card)).toContain('Report status');
    expect(cardText(card)).toContain('Remind me in a week');
    // The deadline stays as the plan wrote it; the date is in the reader's language.
    expect(cardText(card)).toContain('31 October 2024 (in the plan: Oktober 2024)');
  });

  it('lets the status card replace the per-measure body', () => {
    const renderer = createReminderRenderer({ measureBody: (i) => [{ type: 'TextBlock', text: `status card for ${i.code}`, wrap: true }] });
    const message = renderer.ownerMessage(view([item(7)]), 'sv');
    expectValidCard(message.card);
    expect(cardText(message.card)).toContain('status card for 2.7');
    expect(message.summary).toBe('2.7 Kartlägga risker för otillåten påverkan i verksamhet 7: 7 dagar kvar');
  });
});

const digest = (overrides: Partial<CoordinatorDigestView> = {}): CoordinatorDigestView => ({
  planName: 'Handlingsplan mot välfärdsbrott 2024–2025',
  today: '2024-11-18',
  overdue: [],
  unreachable: [],
  unknownDeadlines: [],
  ended: null,
  withoutOwner: [],
  rounds: [],
  ...overrides,
});

describe('coordinator digest card', () => {
  it('lists every overdue measure in one card and marks owners who cannot be reached', () => {
    const card = coordinatorDigestCard(
      digest({
        overdue: [
          { code: '1.1', title: 'Utbildning', deadlineText: 'Oktober 2024', dueDate: '2024-10-31', weeksOverdue: 2, owners: [{ name: 'Bertil Berg', reachable: false }, { name: 'Eva Ek', reachable: true }], latestStatus: 'delayed', forecastDate: '2024-12-15' },
          { code: '2.3', title: 'Kartläggning', deadlineText: '2024-10-15', dueDate: '2024-10-15', weeksOverdue: 4, owners: [], latestStatus: null, forecastDate: null },
        ],
        unreachable: [{ name: 'Bertil Berg', reason: 'blocked', measures: [{ code: '1.1', title: 'Utbildning' }] }],
      }),
      'sv',
    );
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Försenade åtgärder (2)');
    expect(text).toContain('Bertil Berg (nås inte), Eva Ek');
    expect(text).toContain('Senaste status: Försenad, prognos 15 december 2024');
    expect(text).toContain('Ingen ansvarig person är kopplad.');
    expect(text).toContain('Nås inte i Teams (1)');
    expect(text).toContain('**Bertil Berg** har blockerat Tillit i Teams. Gäller: 1.1');
  });

  it('shows a status round’s answer rate and what is missing', () => {
    const card = coordinatorDigestCard(digest({ rounds: [{ followUpText: 'mars 2025', followUpDate: '2025-03-01', asked: 20, answered: 14, missing: [{ code: '3.2', title: 'Avtalsuppföljning' }] }] }), 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('14 av 20 åtgärder har aktuell status (70 %).');
    expect(cardText(card)).toContain('**3.2** Avtalsuppföljning');
  });

  it('flags unknown deadlines and measures without an owner instead of guessing', () => {
    const card = coordinatorDigestCard(
      digest({ unknownDeadlines: [{ code: '4.1', title: 'Samverkan', deadlineText: 'när resurser finns' }], withoutOwner: [{ code: '4.2', title: 'Rutiner', responsibleText: 'Enhet X' }] }),
      'sv',
    );
    expectValidCard(card);
    expect(cardText(card)).toContain('"när resurser finns"');
    expect(cardText(card)).toContain('Ansvarig enligt planen: Enhet X');
  });

  it('stays under 28 KB with hundreds of overdue measures', () => {
    const overdue = Array.from({ length: 300 }, (_, n) => ({ code: `9.${n}`, title: 'Åtgärd med en lång titel '.repeat(6), deadlineText: 'Oktober 2024', dueDate: '2024-10-31', weeksOverdue: 3, owners: [{ name: 'Anna Andersson', reachable: true }], latestStatus: null, forecastDate: null }));
    const card = coordinatorDigestCard(digest({ overdue }), 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('… och 275 till.');
  });
});

describe('snooze confirmation card', () => {
  it('says until when and which measures', () => {
    const card = snoozeConfirmationCard({ until: '2024-10-31', measures: [{ code: '1.1', title: 'Utbildning' }] }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Jag påminner dig igen 31 oktober 2024');
  });
});
