import { describe, expect, it } from 'vitest';
import { goalAreaCard } from '../../../cards/goal-area-card.js';
import { measureDetailCard } from '../../../cards/measure-detail-card.js';
import { openPlanCard } from '../../../cards/open-plan-card.js';
import { overviewNotHereCard } from '../../../cards/overview-not-here-card.js';
import { overviewRefusedCard } from '../../../cards/overview-refused-card.js';
import { planChoiceCard } from '../../../cards/plan-choice-card.js';
import { reportLinksCard } from '../../../cards/report-links-card.js';
import { verbs } from '../../../cards/verbs.js';
import type { MeasureDetail } from '../../../src/overview/measure-detail.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { entry, norrtaljeOverview } from '../../helpers/overview-fixtures.js';

const overview = norrtaljeOverview();

function detailOf(code: string, historyLength = 3): MeasureDetail {
  const measure = overview.measures.find((m) => m.code === code)!;
  return {
    plan: overview.plan,
    asOf: overview.asOf,
    isToday: true,
    goalArea: { number: '2', title: 'Upptäcka och förebygga' },
    measure,
    owners: [
      {
        unit: 'Enhet för säkerhet, beredskap och systemförvaltning',
        people: [
          { id: 'p-per', name: 'Per Holm', unreachable: true },
          { id: 'p-sara', name: 'Sara Lind', unreachable: false },
        ],
      },
    ],
    indicators: [{ name: 'Utredning och förslag på vidare åtgärder är färdigställd', value: 'Utkast klart', reportedOn: '2024-11-05' }],
    history: Array.from({ length: historyLength }, (_, i) =>
      entry(i === 0 ? 'delayed' : 'on_track', `2024-${String(11 - (i % 10)).padStart(2, '0')}-05`, { seq: historyLength - i, comment: 'x'.repeat(1200) }),
    ),
  };
}

describe('goalAreaCard', () => {
  const view = { plan: overview.plan, asOf: overview.asOf, isToday: true, settings: overview.settings, area: overview.goalAreas[1]!, measures: overview.measures.filter((m) => m.goalAreaNumber === '2') };

  it('lists the area’s measures with status, deadline as written and as a date, and overdue days', () => {
    const card = goalAreaCard(view, 'sv');
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('🔴 Målområde 2: Upptäcka och förebygga');
    expect(text).toContain('Försenad · Klar senast: 31 oktober 2024 (i planen: Oktober 2024) · sista datum har passerat');
    expect(text).toContain('Ingen status · Klar senast: 30 juni 2025 (i planen: Juni 2025) · Ingen status på 89 dagar');
    expect(text.indexOf('**2.1**')).toBeLessThan(text.indexOf('**2.6**'));
  });
});

describe('measureDetailCard', () => {
  it('shows owners with the people behind them, periods, indicators and history', () => {
    const card = measureDetailCard(detailOf('2.3'), 'sv');
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('2.3 Utred förutsättningarna');
    expect(text).toContain('🔴 **Försenad**\n🔴 Sista datum 31 okt. 2024 har passerat');
    expect(text).toContain('Per Holm (nås inte), Sara Lind');
    expect(text).toContain('1 maj 2024 (i planen: Maj 2024)');
    expect(text).toContain('31 oktober 2024 (i planen: Oktober 2024)');
    expect(text).toContain('• Utredning och förslag på vidare åtgärder är färdigställd: **Utkast klart (5 nov. 2024)**');
    expect(text).toContain('Historik (3)');
  });

  it('shows "Pågår enligt plan" in green at the top and in the history, and the passed deadline in red on its own line', () => {
    const measure = { ...overview.measures.find((m) => m.code === '2.3')!, status: 'on_track' as const, light: 'red' as const };
    const onTrack = entry('on_track', '2024-10-05', { seq: 1 });
    const card = measureDetailCard({ ...detailOf('2.3'), measure: { ...measure, latest: onTrack }, history: [onTrack] }, 'sv');
    const text = cardText(card);
    expect(text).toContain('🟢 **Pågår enligt plan**\n🔴 Sista datum 31 okt. 2024 har passerat');
    expect(text).not.toContain('🔴 **Pågår enligt plan**');
    expect(text).toMatch(/5 okt\. 2024 · 🟢 \*\*Pågår enligt plan\*\*/);
  });

  it('keeps a long history under 28 KB and says where the rest is', () => {
    const card = measureDetailCard(detailOf('2.3', 60), 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Visar de 20 senaste av 60. Hela historiken finns i Excel-rapporten till nämnden.');
  });

  it('goes back to its goal area on the same day', () => {
    const past = { ...detailOf('2.3'), isToday: false, asOf: '2024-11-01' };
    const card = measureDetailCard(past, 'en') as any;
    expect(card.actions[0]).toMatchObject({ verb: verbs.overviewGoalArea, title: 'Back to Goal area 2', data: { number: '2', asOf: '2024-11-01' } });
  });
});

describe('the other overview cards', () => {
  it('lets the person choose the plan when a code is in several', () => {
    const card = planChoiceCard({ kind: 'measure', code: '2.3' }, [{ planId: 'a', planKey: 'a', planName: 'Plan A' }, { planId: 'b', planKey: 'b', planName: 'Plan B' }], 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Åtgärd 2.3 finns i flera planer');
    expect((card.body[1] as any).actions.map((a: any) => a.data)).toEqual([{ planId: 'a', code: '2.3' }, { planId: 'b', code: '2.3' }]);
  });

  it('refuses politely without naming any plan', () => {
    const card = overviewRefusedCard('sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('kontakta den som samordnar handlingsplanen');
  });

  it('tells a channel why the overview is not shown there, offering the coordinator to open it', () => {
    const card = overviewNotHereCard({ sentPrivately: true, openable: [{ planId: 'p', name: 'Plan P' }] }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Jag har skickat lägesbilden till dig i vår privata chatt.');
    expect((card.actions![0] as any).data).toEqual({ planId: 'p', open: true });
    expect(cardText(overviewNotHereCard({ sentPrivately: false, openable: [] }, 'sv'))).not.toContain('Plan P');
  });

  it('shows a coordinator which plans are open in the conversation', () => {
    const card = openPlanCard({ shared: true, plans: [{ planId: 'p', name: 'Plan P', opened: true }, { planId: 'q', name: 'Plan Q', opened: false }] }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Öppnad här');
    expectValidCard(openPlanCard({ shared: false, plans: [] }, 'sv'));
  });

  it('gives Word and Excel links and says they are personal and short-lived', () => {
    const card = reportLinksCard({ planId: 'p', planName: 'Plan P', asOf: '2025-03-31', wordUrl: 'https://t.example/r/1', excelUrl: 'https://t.example/r/2', validMinutes: 15 }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('gäller i 15 minuter');
    expect(card.actions!.map((a: any) => a.type)).toEqual(['Action.OpenUrl', 'Action.OpenUrl', 'Action.Execute']);
  });
});
