import { describe, expect, it } from 'vitest';
import { measureStatusCard } from '../../../cards/measure-status-card.js';
import { myMeasuresCard, myMeasuresPageSize } from '../../../cards/my-measures-card.js';
import { statusChooseCard } from '../../../cards/status-choose-card.js';
import { statusHistoryCard } from '../../../cards/status-history-card.js';
import { statusReceiptCard } from '../../../cards/status-receipt-card.js';
import { statusRefusedCard } from '../../../cards/status-refused-card.js';
import { statusStaleCard } from '../../../cards/status-stale-card.js';
import { verbs } from '../../../cards/verbs.js';
import { parsePeriod } from '../../../src/plans/parse-period.js';
import type { MyMeasureItem } from '../../../src/status/my-measures.js';
import { cardText, expectValidCard, maxCardBytes } from '../../helpers/cards.js';
import { measureSummary, statusCardView, statusEntry } from '../../helpers/status-views.js';

const nonce = 'n0nce-for-tests-0001';

/** Every node of a card of a given type. */
function nodes(card: unknown, type: string): any[] {
  const out: any[] = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === type) out.push(node);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return out;
}

const bytes = (card: unknown) => Buffer.byteLength(JSON.stringify(card), 'utf8');

describe('measureStatusCard', () => {
  const card = measureStatusCard(statusCardView(), 'sv', { nonce });

  it('shows the measure, its deadline as written and as a date, and the latest status with who and when', () => {
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('2.3 Införa rutin för kontroll av identitet vid ansökan om ekonomiskt bistånd');
    expect(text).toContain('2 Upptäcka och förebygga välfärdsbrott');
    expect(text).toContain('31 oktober 2024 (i planen: Oktober 2024)');
    expect(text).toContain('Andel ansökningar där identiteten kontrollerats: 64 %');
    expect(nodes(card, 'Input.Text').map((i) => i.label)).toContain('Antal upptäckta felaktiga identiteter');
    expect(text).toContain('● \nRisk för försening');
    expect(nodes(card, 'TextRun').find((r) => r.text === '● ')).toMatchObject({ color: 'Warning' });
    expect(text).toContain('Anna Andersson, 2 okt. 2024 14:05');
    expect(text).toContain('Ny prognos: 29 november 2024');
  });

  it('asks for status, comment, forecast and a value per indicator', () => {
    const status = nodes(card, 'Input.ChoiceSet')[0];
    expect(status).toMatchObject({ id: 'status', isRequired: true, style: 'expanded' });
    expect(status.choices.map((c: any) => c.title)).toEqual(['Ej påbörjad', 'Pågår enligt plan', 'Risk för försening', 'Försenad', 'Klar', 'Avbruten']);
    expect(nodes(card, 'Input.Text').map((i) => i.id)).toEqual(['comment', 'indicator0', 'indicator1']);
    expect(nodes(card, 'Input.Text')[0]).toMatchObject({ isMultiline: true, maxLength: 2000 });
    expect(nodes(card, 'Input.Date')[0]).toMatchObject({ id: 'forecastDate', min: '2024-10-14' });
  });

  it('submits with Action.Execute carrying the card’s basis, falling back to Action.Submit with the verb', () => {
    const submit = card.actions![0]!;
    expect(submit).toMatchObject({
      type: 'Action.Execute',
      verb: verbs.statusSubmit,
      data: { measureId: statusCardView().measure.id, basedOnSeq: 3, planRevision: 2, nonce },
      associatedInputs: 'auto',
      fallback: { type: 'Action.Submit', data: { verb: verbs.statusSubmit, basedOnSeq: 3, nonce } },
    });
    expect(card.actions!.slice(1).map((a) => a.associatedInputs)).toEqual(['none', 'none']);
  });

  it('refreshes for its viewer, so each person sees the current state', () => {
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', title: 'Refresh', verb: verbs.statusRefresh, data: { measureId: statusCardView().measure.id, basedOnSeq: 3, planRevision: 2, nonce, view: 'form' } },
      userIds: ['29:anna-andersson'],
    });
  });

  it('speaks English', () => {
    const english = measureStatusCard(statusCardView(), 'en', { nonce });
    expectValidCard(english);
    expect(cardText(english)).toContain('31 October 2024 (in the plan: Oktober 2024)');
    expect(cardText(english)).toContain('At risk of delay');
  });

  it('shows what needs fixing next to the person’s own input', () => {
    const fixed = measureStatusCard(statusCardView(), 'sv', {
      nonce,
      prefill: { status: 'delayed', comment: 'x'.repeat(100_000), forecastDate: '2024-10-01', indicatorValues: [undefined, '7'] },
      problems: [
        { field: 'comment', code: 'comment_too_long' },
        { field: 'forecastDate', code: 'forecast_in_past' },
      ],
    });
    expectValidCard(fixed);
    const text = cardText(fixed);
    expect(text).toContain('Kommentaren är för lång (högst 2000 tecken)');
    expect(text).toContain('Prognosen kan inte ligga bakåt i tiden.');
    expect(nodes(fixed, 'Input.ChoiceSet')[0].value).toBe('delayed');
    expect(nodes(fixed, 'Input.Text')[0].value).toHaveLength(2000);
    expect(nodes(fixed, 'Input.Text')[2].value).toBe('7');
  });

  it('names the status that needs a comment', () => {
    const fixed = measureStatusCard(statusCardView(), 'sv', { nonce, prefill: { status: 'cancelled' }, problems: [{ field: 'comment', code: 'comment_required' }] });
    expect(cardText(fixed)).toContain('Skriv en kommentar – den behövs för Avbruten.');
  });

  it('lets a coordinator choose the owner they report for', () => {
    const view = statusCardView({
      viewer: { personId: 'p-cecilia', teamsUserId: null, role: 'coordinator', canRecord: true, canRead: true },
      owners: [
        { personId: 'p-anna', name: 'Anna Andersson' },
        { personId: 'p-bo', name: 'Bo Berg' },
      ],
    });
    const coordinator = measureStatusCard(view, 'sv', { nonce });
    expectValidCard(coordinator);
    expect(nodes(coordinator, 'Input.ChoiceSet')[0]).toMatchObject({ id: 'onBehalfOf', isRequired: true });
    expect(nodes(coordinator, 'Input.ChoiceSet')[0].value).toBeUndefined();
    const single = measureStatusCard({ ...view, owners: [view.owners[0]!] }, 'sv', { nonce });
    expect(nodes(single, 'Input.ChoiceSet')[0].value).toBe('p-anna');
    expect(cardText(coordinator)).toContain('Du är samordnare för planen');
    expect(coordinator.refresh).not.toHaveProperty('userIds');
  });

  it('says when the deadline has passed and asks for a new forecast', () => {
    const overdue = measureStatusCard(statusCardView({ today: '2024-11-04', overdue: true, latest: null }), 'sv', { nonce });
    const text = cardText(overdue);
    expect(text).toContain('Sista datum har passerat');
    expect(text).toContain('Ingen status rapporterad ännu');
    expect(text).toContain('sista datum har passerat, så ange när åtgärden blir klar');
  });

  it('gives "Pågår enligt plan" the same green light at the top as in its history, even when the deadline has passed', () => {
    const latest = statusEntry({ status: 'on_track' });
    const view = statusCardView({ today: '2024-11-04', overdue: true, latest });
    const dotOf = (card: unknown) =>
      nodes(card, 'RichTextBlock')
        .filter((b) => b.inlines.some((r: any) => r.text === 'Pågår enligt plan'))
        .map((b) => b.inlines[0].color);
    const top = measureStatusCard(view, 'sv', { nonce });
    const history = statusHistoryCard({ view, entries: [{ ...latest, previousStatus: null }], total: 1 }, 'sv');
    expect(dotOf(top)).toEqual(['Good']);
    expect(dotOf(history)).toEqual(['Good']);
    // The passed deadline is said in words, in red, among the facts.
    expect(cardText(top)).toContain('Sista datum har passerat');
  });

  it('shows "Löpande" as written, without a date', () => {
    const continuous = measureStatusCard(statusCardView({ measure: measureSummary({ deadline: parsePeriod('Löpande'), dueDate: null, indicators: [] }) }), 'sv', { nonce });
    expect(cardText(continuous)).toContain('Löpande – inget sista datum att påminna om');
    expect(nodes(continuous, 'Input.Text').map((i) => i.id)).toEqual(['comment']);
  });

  it('shows people’s text literally, never as Markdown or HTML', () => {
    const sneaky = '<script>alert(1)</script> **fet** [klicka](https://evil.example)';
    const view = statusCardView({ latest: statusEntry({ comment: sneaky }), measure: measureSummary({ title: '*Titel* <b>x</b>' }) });
    const shown = measureStatusCard(view, 'sv', { nonce });
    expectValidCard(shown);
    const runs = nodes(shown, 'TextRun').map((r) => r.text);
    expect(runs).toContain(sneaky);
    expect(runs.some((t) => t.includes('*Titel* <b>x</b>'))).toBe(true);
    expect(nodes(shown, 'TextBlock').some((b) => b.text.includes('<script>') || b.text.includes('*Titel*'))).toBe(false);
  });

  it('stays under 28 KB with the longest texts the rules allow', () => {
    const long = (n: number) => 'åäö '.repeat(Math.ceil(n / 4)).slice(0, n);
    const view = statusCardView({
      measure: measureSummary({ title: long(1500), responsibleText: long(600), indicators: Array.from({ length: 12 }, () => long(400)) }),
      latest: statusEntry({ comment: long(2000), indicatorValues: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`${i} ${long(300)}`, long(500)])) }),
      owners: Array.from({ length: 20 }, (_, i) => ({ personId: `p-${i}`, name: long(60) })),
      viewer: { personId: 'p-c', teamsUserId: '29:c', role: 'coordinator', canRecord: true, canRead: true },
    });
    const biggest = measureStatusCard(view, 'sv', {
      nonce,
      prefill: { status: 'delayed', comment: long(100_000), indicatorValues: Array.from({ length: 12 }, () => long(5000)) },
      problems: [{ field: 'comment', code: 'comment_too_long' }],
    });
    expectValidCard(biggest);
    expect(bytes(biggest)).toBeLessThan(maxCardBytes);
  });

  it('matches its snapshot', () => {
    expect(card).toMatchSnapshot();
  });

  it('names the plan beside a code that two plans share, so "2.3" is never ambiguous', () => {
    const items: MyMeasureItem[] = [
      { measure: measureSummary({ planName: 'Plan A' }), latest: null, light: 'grey', overdue: false },
      { measure: measureSummary({ id: '22222222-2222-4222-8222-222222222222', planName: 'Plan B', title: 'Annan åtgärd' }), latest: null, light: 'grey', overdue: false },
    ];
    const card = statusChooseCard(items, 'sv', { status: null, comment: null, forecastDate: null }, { reason: 'several', unknownCodes: [] });
    const titles = nodes(card, 'Input.ChoiceSet')[0].choices.map((c: any) => c.title);
    expect(titles[0]).toMatch(/^2\.3 .* \(Plan A\)$/);
    expect(titles[1]).toBe('2.3 Annan åtgärd (Plan B)');
    expect(cardText(card)).toContain('Ditt svar kan gälla flera åtgärder.');
  });
});

describe('statusReceiptCard', () => {
  const view = statusCardView();
  const receipt = statusReceiptCard(view, 'sv', { entry: view.latest, variant: 'recorded' });

  it('thanks the owner and shows what was recorded, with "Ändra"', () => {
    expectValidCard(receipt);
    const text = cardText(receipt);
    expect(text).toContain('Tack! Status för 2.3 registrerad.');
    expect(text).toContain('Leverantören av e-legitimationstjänsten är sen.');
    expect(receipt.actions!.map((a) => [a.title, a.verb])).toEqual([
      ['Ändra', verbs.statusEdit],
      ['Historik', verbs.statusHistory],
      ['Mina åtgärder', verbs.myMeasures],
    ]);
    expect(nodes(receipt, 'Input.Text')).toEqual([]);
    expect(receipt.refresh).toMatchObject({ action: { verb: verbs.statusRefresh, data: { view: 'receipt', basedOnSeq: 3, variant: 'recorded' } } });
  });

  it('says so when the report was already recorded, and when someone reported after it', () => {
    const newer = statusEntry({ seq: 4, status: 'done', recordedByName: 'Bo Berg', comment: null });
    const duplicate = statusReceiptCard(statusCardView({ latest: newer }), 'sv', { entry: statusEntry(), variant: 'duplicate' });
    expectValidCard(duplicate);
    expect(cardText(duplicate)).toContain('Den här rapporten var redan registrerad – inget nytt sparades.');
    expect(cardText(duplicate)).toContain('Efter din rapport har Bo Berg rapporterat Klar');
  });

  it('names a coordinator and the owner they reported for', () => {
    const entry = statusEntry({ recordedAs: 'coordinator', recordedByName: 'Cecilia Carlsson', onBehalfOfName: 'Anna Andersson' });
    expect(cardText(statusReceiptCard(statusCardView({ latest: entry }), 'sv', { entry, variant: 'recorded' }))).toContain(
      'Cecilia Carlsson (samordnare) för Anna Andersson, 2 okt. 2024 14:05',
    );
  });

  it('offers no "Ändra" to a reader', () => {
    const reader = statusReceiptCard(statusCardView({ viewer: { personId: 'p', teamsUserId: null, role: 'reader', canRecord: false, canRead: true } }), 'sv', {
      entry: statusEntry(),
      variant: 'current',
    });
    expect(cardText(reader)).toContain('Du kan se statusen men inte rapportera');
    expect(reader.actions!.map((a) => a.verb)).not.toContain(verbs.statusEdit);
  });

  it('matches its snapshot', () => {
    expect(receipt).toMatchSnapshot();
  });
});

describe('statusStaleCard', () => {
  const view = statusCardView({ latest: statusEntry({ seq: 4, status: 'done', comment: null, recordedByName: 'Bo Berg', recordedAt: '2024-10-14T07:30:00.000Z' }) });
  const stale = statusStaleCard(view, 'sv', { reason: 'newer_status', nonce, draft: { status: 'at_risk', comment: 'Vår kommentar' } });

  it('says who reported meanwhile, shows the current state and keeps what the owner filled in', () => {
    expectValidCard(stale);
    const text = cardText(stale);
    expect(text).toContain('Kortet är inte längre aktuellt');
    expect(text).toContain('Bo Berg rapporterade status för 2.3 14 okt. 2024 09:30, efter att kortet skapades. Din rapport är inte sparad.');
    expect(text).toContain('● \nKlar');
    expect(nodes(stale, 'Input.ChoiceSet')[0].value).toBe('at_risk');
    expect(nodes(stale, 'Input.Text')[0].value).toBe('Vår kommentar');
  });

  it('lets the owner record anyway, based on the current state, or keep it', () => {
    expect(stale.actions!.map((a) => [a.title, a.verb])).toEqual([
      ['Registrera min status', verbs.statusSubmit],
      ['Behåll nuvarande', verbs.statusKeep],
    ]);
    expect(stale.actions![0]!.data).toMatchObject({ basedOnSeq: 4, nonce });
  });

  it('explains a plan revision', () => {
    const revised = statusStaleCard(view, 'en', { reason: 'plan_revised', nonce, draft: {} });
    expectValidCard(revised);
    expect(cardText(revised)).toContain('The plan has been revised and measure 2.3 has changed since this card was made.');
  });

  it('matches its snapshot', () => {
    expect(stale).toMatchSnapshot();
  });
});

describe('statusRefusedCard', () => {
  it('refuses politely, says that nothing was saved, names nothing about the measure and offers no form', () => {
    const refused = statusRefusedCard(measureSummary(), 'sv', { canRead: false });
    expectValidCard(refused);
    const text = cardText(refused);
    expect(text).toContain('Du kan inte rapportera status för den här åtgärden');
    expect(text).toContain('Bara åtgärdens ansvariga och planens samordnare');
    // A refusal names nothing: not the measure's code, title or owners.
    expect(text).not.toContain('2.3');
    expect(text).not.toContain(measureSummary().title);
    expect(text).not.toContain('Enhet för mottagning');
    expect(text).toContain('Inget har sparats.');
    expect(refused.actions).toBeUndefined();
    expect(nodes(refused, 'Input.ChoiceSet')).toEqual([]);
    expect(refused).toMatchSnapshot();
  });

  it('lets a reader see the history', () => {
    const refused = statusRefusedCard(measureSummary(), 'en', { canRead: true });
    expectValidCard(refused);
    expect(refused.actions!.map((a) => a.verb)).toEqual([verbs.statusHistory]);
  });
});

describe('statusHistoryCard', () => {
  const entries = Array.from({ length: 10 }, (_, i) => ({
    ...statusEntry({ seq: 10 - i, status: i % 2 === 0 ? 'delayed' : 'at_risk', comment: 'Lång kommentar med å, ä och ö. '.repeat(70) }),
    previousStatus: i === 9 ? null : i % 2 === 0 ? ('at_risk' as const) : ('delayed' as const),
  }));

  it('lists the history newest first, says how much is shown, and stays small', () => {
    const card = statusHistoryCard({ view: statusCardView(), entries, total: 37 }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Historik för 2.3');
    expect(cardText(card)).toContain('Visar de 10 senaste av 37.');
    expect(cardText(card)).toContain('(ändrad från Risk för försening)');
    expect(cardText(card)).toContain('(första rapporten)');
    expect(card.actions!.map((a) => a.verb)).toEqual([verbs.statusOpen, verbs.myMeasures]);
    expect(bytes(card)).toBeLessThan(maxCardBytes);
  });

  it('says when nothing has been reported', () => {
    expect(cardText(statusHistoryCard({ view: statusCardView({ latest: null }), entries: [], total: 0 }, 'sv'))).toContain('Ingen status har rapporterats ännu.');
  });
});

describe('myMeasuresCard', () => {
  const item = (code: string, overrides: Partial<MyMeasureItem> = {}): MyMeasureItem => ({
    measure: measureSummary({ id: `00000000-0000-4000-8000-0000000000${code.replace('.', '')}`, code, title: `Åtgärd ${code}` }),
    latest: null,
    light: 'grey',
    overdue: false,
    ...overrides,
  });
  const mine = {
    items: [item('2.3', { light: 'red', overdue: true, latest: statusEntry({ status: 'delayed' }) }), item('1.1', { light: 'green', latest: statusEntry({ status: 'on_track' }) }), item('1.2')],
    today: '2024-11-04',
    timeZone: 'Europe/Stockholm',
  };

  it('lists each measure with its traffic light, due date, latest status and a "Rapportera" button', () => {
    const card = myMeasuresCard(mine, 'sv');
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Du är ansvarig för 3 åtgärder.');
    expect(nodes(card, 'TextBlock').filter((b) => b.text === '●').map((b) => b.color)).toEqual(['Attention', 'Good']);
    expect(text).toContain('Försenad – Anna Andersson, 2 okt. 2024 14:05\n – Sista datum har passerat');
    expect(text).toContain('Klar senast 31 oktober 2024 (i planen: Oktober 2024)');
    expect(text).toContain('Ingen status rapporterad ännu');
    const reports = nodes(card, 'ActionSet').flatMap((s) => s.actions);
    expect(reports.map((a: any) => [a.title, a.verb, a.data.measureId])).toEqual(mine.items.map((i) => ['Rapportera', verbs.statusOpen, i.measure.id]));
    expect(card).toMatchSnapshot();
  });

  it('pages a long list and stays under 28 KB', () => {
    const many = { ...mine, items: Array.from({ length: 20 }, (_, i) => item(`${i + 1}.1`, { measure: measureSummary({ code: `${i + 1}.1`, title: 'ö'.repeat(800), planName: 'ä'.repeat(300) }) })) };
    const first = myMeasuresCard(many, 'sv');
    expectValidCard(first);
    expect(bytes(first)).toBeLessThan(maxCardBytes);
    expect(nodes(first, 'ActionSet')).toHaveLength(myMeasuresPageSize);
    expect(first.actions!.map((a) => [a.title, a.data])).toEqual([['Visa fler', { page: 1 }]]);
    const last = myMeasuresCard(many, 'sv', { page: 2 });
    expect(cardText(last)).toContain('Visar 17–20 av 20.');
    expect(last.actions!.map((a) => a.title)).toEqual(['Föregående']);
    expect(cardText(myMeasuresCard(many, 'sv', { page: 99 }))).toContain('Visar 17–20 av 20.');
  });

  it('says kindly when a person owns no measure', () => {
    const card = myMeasuresCard({ items: [], today: '2024-10-14', timeZone: 'Europe/Stockholm' }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Du är inte ansvarig för någon åtgärd');
  });
});

describe('statusChooseCard', () => {
  it('asks which measure, carrying what was understood once', () => {
    const items: MyMeasureItem[] = [
      { measure: measureSummary(), latest: null, light: 'grey', overdue: false },
      { measure: measureSummary({ id: '11111111-1111-4111-8111-111111111111', code: '1.1' }), latest: null, light: 'green', overdue: false },
    ];
    const card = statusChooseCard(items, 'sv', { status: 'delayed', comment: 'väntar på IT', forecastDate: '2025-03-31' });
    expectValidCard(card);
    expect(cardText(card)).toContain('Jag uppfattade "Försenad"');
    expect(nodes(card, 'Input.ChoiceSet')[0].choices).toHaveLength(2);
    // Whole titles, on several lines: a cut-off title could be the wrong measure.
    expect(nodes(card, 'Input.ChoiceSet')[0].wrap).toBe(true);
    expect(card.actions![0]).toMatchObject({ verb: verbs.statusOpen, data: { prefill: { status: 'delayed', comment: 'väntar på IT', forecastDate: '2025-03-31' } } });
    expect(card).toMatchSnapshot();
  });

  it('names the plan beside a code that two plans share, so "2.3" is never ambiguous', () => {
    const items: MyMeasureItem[] = [
      { measure: measureSummary({ planName: 'Plan A' }), latest: null, light: 'grey', overdue: false },
      { measure: measureSummary({ id: '22222222-2222-4222-8222-222222222222', planName: 'Plan B', title: 'Annan åtgärd' }), latest: null, light: 'grey', overdue: false },
    ];
    const card = statusChooseCard(items, 'sv', { status: null, comment: null, forecastDate: null }, { reason: 'several', unknownCodes: [] });
    const titles = nodes(card, 'Input.ChoiceSet')[0].choices.map((c: any) => c.title);
    expect(titles[0]).toMatch(/^2\.3 .* \(Plan A\)$/);
    expect(titles[1]).toBe('2.3 Annan åtgärd (Plan B)');
    expect(cardText(card)).toContain('Ditt svar kan gälla flera åtgärder.');
  });
});
