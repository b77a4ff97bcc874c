import { describe, expect, it } from 'vitest';
import { headingField, isRiskHeader, readHeaderRow } from '../../../../../src/plans/import/table/column-headings.js';
import { parseGoalAreaHeading } from '../../../../../src/plans/import/table/goal-areas.js';

describe('headingField', () => {
  it.each([
    ['Åtgärd', 'title'], ['Aktivitet', 'title'], ['Insats', 'title'], ['Åtgärder', 'title'],
    ['Ansvarig', 'responsible'], ['Ansvar', 'responsible'], ['Ansvarig enhet', 'responsible'], ['Ansvariga', 'responsible'],
    ['Start', 'start'], ['Startdatum', 'start'],
    ['Klar senast', 'deadline'], ['Klart senast', 'deadline'], ['Slutdatum', 'deadline'], ['Tidplan', 'deadline'], ['Tidsplan', 'deadline'],
    ['Indikatorer', 'indicators'], ['Indikator', 'indicators'], ['Mått', 'indicators'], ['Indikatorer (mått)', 'indicators'],
    ['Målområde', 'goalArea'], ['Aktivitetsområde', 'goalArea'], ['Fokusområde', 'goalArea'],
    ['Nr', 'code'], ['Nr.', 'code'], ['Kod', 'code'],
    ['<b>Åtgärd</b>', 'title'], ['**Ansvarig**', 'responsible'], ['  KLART SENAST  ', 'deadline'],
  ])('reads "%s" as %s', (heading, field) => {
    expect(headingField(heading)).toBe(field);
  });

  it('knows nothing of other headings', () => {
    expect(headingField('Ja')).toBeUndefined();
    expect(headingField('Bidrar förslaget till likvärdiga rättigheter')).toBeUndefined();
  });
});

describe('readHeaderRow', () => {
  it('needs the measure column and one of responsible, start or deadline', () => {
    expect(readHeaderRow(['Åtgärd', 'Ansvarig', 'Start', 'Klar senast', 'Indikatorer'])?.columns).toEqual({ title: 0, responsible: 1, start: 2, deadline: 3, indicators: 4 });
    expect(readHeaderRow(['Åtgärd', 'Kommentar'])).toBeUndefined();
    expect(readHeaderRow(['Ansvarig', 'Start'])).toBeUndefined();
    expect(readHeaderRow(['Åtgärd', 'Ansvarig', 'Budget'])?.unknown).toEqual(['Budget']);
  });

  it('tells a risk-area header apart', () => {
    expect(isRiskHeader(['Riskområde', 'Motivering'])).toBe(true);
    expect(isRiskHeader(['Åtgärd', 'Ansvarig'])).toBe(false);
  });
});

describe('parseGoalAreaHeading', () => {
  it.each([
    ['Målområde 1: Kompetenshöjande insatser', 'målområde', '1', 'Kompetenshöjande insatser'],
    ['### Målområde 2: Upptäcka och förebygga', 'målområde', '2', 'Upptäcka och förebygga'],
    ['Aktivitetsområde 2 - Lägesbild och samverkan', 'aktivitetsområde', '2', 'Lägesbild och samverkan'],
    ['Aktivitetsområde 1 – Organisering och struktur av arbetet', 'aktivitetsområde', '1', 'Organisering och struktur av arbetet'],
    ['Fokusområde 3. Kontroll', 'fokusområde', '3', 'Kontroll'],
  ])('reads "%s"', (line, label, number, title) => {
    expect(parseGoalAreaHeading(line)).toEqual({ label, number, title });
  });

  it.each(['Målområde 1: Kompetenshöjande insatser\t6', 'Målområde 1: Kompetenshöjande insatser .....\t6', 'Aktivitetsområden', 'Målområde 1 omfattar att alla medarbetare ska få utbildning.'])(
    'does not take "%s" for a heading',
    (line) => {
      expect(parseGoalAreaHeading(line)).toBeUndefined();
    },
  );
});
