import { parsePeriod } from '../../src/plans/parse-period.js';
import type { PlanDraft } from '../../src/plans/plan.js';
import { measureDraft, planDraft } from './plan-builders.js';

const security = 'Enhet för säkerhet, beredskap och systemförvaltning';

/**
 * Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan
 * 2024–2025 (Norrtälje, seed 001) as a draft: two målområden, measures
 * 1.1–2.6 with their owners, periods and indicators as written.
 */
export function norrtaljePlan(overrides: Partial<PlanDraft> = {}): PlanDraft {
  return planDraft({
    key: 'norrtalje-2024-2025',
    organisation: 'Norrtälje kommun',
    name: 'Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan 2024–2025',
    committee: 'Socialnämnden',
    decision: { reference: 'SN §97', date: '2024-05-22' },
    validity: { from: '2024-05-01', to: '2025-06-30' },
    coordinatorText: security,
    followUps: [
      { kind: 'followUp', period: parsePeriod('mars 2025'), note: 'Den avslutade uppföljningen ska genomföras i mars 2025' },
      { kind: 'finalReport', period: parsePeriod('augusti 2025'), note: 'Slutrapportering sker i augusti 2025' },
    ],
    goalAreas: [
      { number: '1', title: 'Kompetenshöjande insatser' },
      { number: '2', title: 'Upptäcka och förebygga' },
    ],
    measures: [
      measureDraft({
        code: '1.1',
        title: 'Genomföra medvetandegörande aktivitet för hela förvaltningen för att säkerställa grundläggande kompetens inom området',
        responsibleText: security,
        ownerUnits: [security],
        start: 'Maj 2024',
        deadline: 'December 2024',
        indicators: ['Samtliga enheter har deltagit i utbildning inom området', 'Mäta medarbetarnas skattning av kompetens inom området'],
      }),
      measureDraft({
        code: '1.2',
        title: 'Skapa och implementera en process för att systematiskt utbilda kring otillåten påverkan och välfärdsbrott i förvaltningen',
        responsibleText: security,
        ownerUnits: [security],
        start: 'Augusti 2024',
        deadline: 'Februari 2025',
        indicators: ['Kompetensutveckling sker kontinuerligt i enlighet med upprättad process'],
      }),
      measureDraft({
        code: '2.1',
        title: 'Ta fram förvaltningsövergripande riktlinjer avseende välfärdsbrott och otillåten påverkan',
        responsibleText: security,
        ownerUnits: [security],
        start: 'Januari 2025',
        deadline: 'Juni 2025',
        indicators: ['Riktlinjerna är beslutade i nämnd', 'Riktlinjerna är förankrade och kända hos socialförvaltningens medarbetare'],
      }),
      measureDraft({
        code: '2.2',
        title: 'Revidera riktlinjer för ekonomiskt bistånd för att säkerställa rättssäkerheten i beslut om ekonomiskt bistånd',
        responsibleText: 'Enhet för mottagning och ekonomiskt bistånd',
        ownerUnits: ['Enhet för mottagning och ekonomiskt bistånd'],
        start: 'Juni 2024',
        deadline: 'Januari 2025',
        indicators: ['Riktlinjerna är beslutade i nämnd'],
      }),
      measureDraft({
        code: '2.3',
        title: 'Utred förutsättningarna för ytterligare kontroller för att minska felaktiga utbetalningar (FUT) med stöd av RPA',
        responsibleText: security,
        ownerUnits: [security],
        start: 'Maj 2024',
        deadline: 'November 2024',
        indicators: ['Utredning och förslag på vidare åtgärder är färdigställd'],
      }),
      measureDraft({
        code: '2.4',
        title: 'Säkerställ att socialförvaltningen arbetar i enighet med kommunens beslutade riktlinjer för bakgrundskontroller',
        responsibleText: security,
        ownerUnits: [security],
        start: 'Maj 2024',
        deadline: 'Februari 2025',
        indicators: ['Rutinerna är kända i verksamheten'],
      }),
      measureDraft({
        code: '2.5',
        title: 'Upprätta rutiner för avtalsuppföljning avseende placeringar i syfte att kvalitetsgranska utförare',
        responsibleText: 'Familjehem- och insatsenhet Skadligt bruk och beroende',
        ownerUnits: ['Familjehem- och insatsenhet Skadligt bruk och beroende'],
        start: 'November 2024',
        deadline: 'Februari 2025',
        indicators: ['Andel kvalitetsgranskningar genomförda'],
      }),
      measureDraft({
        code: '2.6',
        title: 'Säkerställ att kontrollmoment i fakturahanteringen görs av en person med kännedom om beställningen',
        responsibleText: 'Avdelningen stöd och utveckling',
        ownerUnits: ['Avdelningen stöd och utveckling'],
        start: 'November 2024',
        deadline: 'Februari 2025',
        indicators: ['Ny rutin för fakturagranskning är upprättad och implementerad i förvaltningen'],
      }),
    ],
    ...overrides,
  });
}

/** The revised version (seed 000's Bilaga): 1.1 and 2.3 due October 2024, 2.4 December 2024. */
export function norrtaljeRevision(): PlanDraft {
  const plan = norrtaljePlan();
  const moved: Record<string, string> = { '1.1': 'Oktober 2024', '2.3': 'Oktober 2024', '2.4': 'December 2024' };
  return {
    ...plan,
    measures: plan.measures.map((m) => (moved[m.code] ? { ...m, deadline: measureDraft({ code: m.code, deadline: moved[m.code] }).deadline } : m)),
  };
}
