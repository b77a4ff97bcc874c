import { describe, expect, it } from 'vitest';
import { planOverviewCard } from '../../../cards/plan-overview-card.js';
import { verbs } from '../../../cards/verbs.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { norrtaljeOverview } from '../../helpers/overview-fixtures.js';
import { measureDraft, planDraft } from '../../helpers/plan-builders.js';

function actionsOf(card: any): any[] {
  const out: any[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && node.verb) out.push(node);
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk(card);
  return out;
}

describe('planOverviewCard', () => {
  it('is a valid Adaptive Card 1.5 under 28 KB', () => {
    expectValidCard(planOverviewCard(norrtaljeOverview(), 'sv'));
    expectValidCard(planOverviewCard(norrtaljeOverview(), 'en'));
  });

  it('shows the plan, the day, counts with lights and one row per goal area', () => {
    const text = cardText(planOverviewCard(norrtaljeOverview(), 'sv'));
    expect(text).toContain('Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan 2024–2025');
    expect(text).toContain('Läget måndag 31 mars 2025');
    expect(text).toContain('Åtgärder: 8 — 🟢 Pågår enligt plan 2 · 🔴 Försenad 2 · 🔵 Klar 2 · ⚪ Ingen status 2');
    expect(text).toContain('**Målområde 1: Kompetenshöjande insatser**');
    expect(text).toContain('**Målområde 2: Upptäcka och förebygga**');
    expect(text).toContain('4 har passerat sista datum');
  });

  it('lists overdue measures with the day they became overdue, longest first', () => {
    const text = cardText(planOverviewCard(norrtaljeOverview(), 'sv'));
    expect(text).toContain('Sista datum har passerats (5)');
    expect(text.indexOf('**2.3**')).toBeLessThan(text.indexOf('**2.2**'));
    expect(text).toContain('Försenad · sista datum 31 okt. 2024');
  });

  it('names silent measures, unreachable owners and the latest updates', () => {
    const text = cardText(planOverviewCard(norrtaljeOverview(), 'sv'));
    expect(text).toContain('Ingen status på över 60 dagar (6)');
    expect(text).toContain('aldrig rapporterad');
    expect(text).toContain('**Enhet för mottagning och ekonomiskt bistånd**: saknar mottagare (åtgärd 2.2)');
    expect(text).toContain('Per Holm nås inte');
    expect(text).toContain('20 mars 2025 · **2.4** 🔵 Klar · Karin Samordnare för Sara Lind');
  });

  it('drills down with Action.Execute and an Action.Submit fallback carrying the verb', () => {
    const actions = actionsOf(planOverviewCard(norrtaljeOverview(), 'sv'));
    const area = actions.find((a) => a.verb === verbs.overviewGoalArea && a.data.number === '2');
    expect(area).toMatchObject({ type: 'Action.Execute', data: { planId: 'plan-1', number: '2' } });
    expect(area.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: verbs.overviewGoalArea, planId: 'plan-1', number: '2' } });
    expect(actions.find((a) => a.verb === verbs.overviewMeasure && a.data.code === '2.3')).toBeTruthy();
    expect(actions.find((a) => a.verb === verbs.overviewReport)).toMatchObject({ title: 'Rapport till nämnden' });
  });

  it('shows anonymous-report statistics only when provided, with suppressed counts as "<5"', () => {
    expect(cardText(planOverviewCard(norrtaljeOverview(), 'sv'))).not.toContain('Anmälningar');
    const stats = { threshold: 5, period: { from: '2024-04-01', to: '2025-03-31' }, total: '12', breakdowns: [{ dimension: 'category' as const, rows: [{ key: 'threat', shown: '7' }, { key: 'bribery', shown: '<5' }] }], riskAreas: { general: [], byCategory: [] } };
    const text = cardText(planOverviewCard(norrtaljeOverview({ stats }), 'sv'));
    expect(text).toContain('Anmälningar om otillåten påverkan');
    expect(text).toContain('Per kategori: Hot 7 · övriga <5');
  });

  it('says that reachability is only known for today when showing a past day', () => {
    const text = cardText(planOverviewCard(norrtaljeOverview({ unreachable: null }), 'sv'));
    expect(text).toContain('Vem som inte nås visas bara för dagens läge.');
  });

  it('stays under 28 KB for a 300-measure plan with long titles', () => {
    const measures = Array.from({ length: 300 }, (_, i) =>
      measureDraft({ code: `${(i % 5) + 1}.${Math.floor(i / 5) + 1}`, title: 'Se över och tydliggöra funktionen gällande kanaler för inkommande synpunkter, klagomål och visselblåsarfunktionen '.repeat(2), deadline: 'Oktober 2024' }),
    );
    const draft = planDraft({ goalAreas: [1, 2, 3, 4, 5].map((n) => ({ number: String(n), title: `Aktivitetsområde med ett långt namn ${n}` })), measures });
    expectValidCard(planOverviewCard(norrtaljeOverview({ draft }), 'sv'));
  });
});
