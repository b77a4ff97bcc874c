import { describe, expect, it } from 'vitest';
import { maxUnitsOnCard, ownersCard, type OwnersCardView } from '../../../cards/owners-card.js';
import { verbs } from '../../../cards/verbs.js';
import type { Plan } from '../../../src/plans/plan.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';

const plan = { id: 'p1', key: 'oskarshamn-2026-2028', name: 'Handlingsplan för arbetet mot välfärdsbrottslighet 2026–2028' } as Plan;

function unit(n: number): OwnersCardView['missing'][number] {
  return {
    id: `u${n}`,
    name: n === 0 ? 'Berörda förvaltningar' : `Enhet för säkerhet, beredskap och systemförvaltning ${n}`,
    people: [],
    measures: ['4.3', '4.4', '4.5'].map((code) => ({ measureId: `m${n}${code}`, planId: 'p1', planKey: plan.key, code, title: 'Åtgärd' })),
  };
}

describe('ownersCard', () => {
  it('lists the units without recipients with their measures, and offers to connect people', () => {
    const card = ownersCard({ plans: [plan], missing: [unit(0), unit(1)] }, 'sv');
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Berörda förvaltningar');
    expect(text).toContain('Åtgärd 4.3, 4.4, 4.5 i oskarshamn-2026-2028');
    const inputs = card.body.filter((e) => e.type.startsWith('Input.'));
    expect(inputs.map((i) => i.id)).toEqual(['unitId', 'emails']);
    expect(card.actions!.map((a) => a.verb)).toEqual([verbs.assignOwners, verbs.showOwners]);
    expect((card.actions![0]!.fallback as { type: string }).type).toBe('Action.Submit');
  });

  it('tells someone who coordinates no plan why there is nothing, without a form', () => {
    const card = ownersCard({ plans: [], missing: [] }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('inte samordnare');
    expect(card.actions).toBeUndefined();
  });

  it('says when every unit has a recipient, and confirms an assignment', () => {
    const card = ownersCard({ plans: [plan], missing: [], assigned: { unit: 'Samordnarna', emails: ['anna@kommun.se'] } }, 'en');
    expectValidCard(card);
    expect(cardText(card)).toContain('anna@kommun.se now receive for Samordnarna');
    expect(cardText(card)).toContain('Every responsible unit has at least one recipient');
  });

  it('stays under 28 KB with many units, counting those not shown', () => {
    const card = ownersCard({ plans: [plan], missing: Array.from({ length: 60 }, (_, i) => unit(i)), invalidEmails: ['inte-en-adress'] }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain(`och ${60 - maxUnitsOnCard} enheter till`);
    expect(cardText(card)).toContain('"inte-en-adress" är ingen e-postadress');
  });
});
