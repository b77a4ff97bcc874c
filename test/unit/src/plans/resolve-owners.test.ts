import { describe, expect, it } from 'vitest';
import { ProblemCollector } from '../../../../src/plans/import/import-problem.js';
import { parsePlanText } from '../../../../src/plans/import/text/parse-plan-text.js';
import { resolveOwnerUnits } from '../../../../src/plans/resolve-owners.js';
import { exampleText } from '../../../helpers/example-files.js';

const security = 'Enhet för säkerhet, beredskap och systemförvaltning';

/** Every measure row of the seed plans, by code: the owner units Tillit must resolve. */
const norrtalje: Record<string, string[]> = {
  '1.1': [security],
  '1.2': [security],
  '2.1': [security],
  '2.2': ['Enhet för mottagning och ekonomiskt bistånd'],
  '2.3': [security],
  '2.4': [security],
  '2.5': ['Familjehem- och insatsenhet Skadligt bruk och beroende'],
  '2.6': ['Avdelningen stöd och utveckling'],
};
const both = ['Berörda förvaltningar', 'Samordnarna'];
const oskarshamn: Record<string, string[]> = {
  ...Object.fromEntries(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.1', '2.4', '2.5', '2.6', '2.7', '3.1', '3.2', '4.1', '4.2', '4.6', '5.1'].map((c) => [c, ['Samordnarna']])),
  '2.2': ['Ekonomi-avdelningen'],
  '2.3': ['Brottsförebyggande samordnaren'],
  '2.8': ['Kommundirektören'],
  '4.3': both,
  '4.4': both,
  '4.5': both,
  '4.7': both,
  '4.8': both,
  '4.9': ['Säkerhetsavdelningen'],
  '4.10': ['Ansvarig för styrdokumentet i respektive nämnd'],
  '4.11': both,
  '4.12': ['Digitaliseringsavdelningen', 'Säkerhetsavdelningen', 'Samordnarna'],
  '5.2': ['Förvaltningarna'],
  '5.3': ['Ekonomichefen'],
  '5.4': ['Ekonomichefen'],
};

describe('resolveOwnerUnits', () => {
  it.each([
    ['Digitaliseringsavdelningen, Säkerhetsavdelningen, samordnarna', ['Digitaliseringsavdelningen', 'Säkerhetsavdelningen', 'Samordnarna']],
    [security, [security]],
    ['Berörda förvaltningar tillsammans med samordnarna', ['Berörda förvaltningar', 'Samordnarna']],
    ['Brottsförebyggande samordnaren i samverkan med polisen', ['Brottsförebyggande samordnaren']],
    ['Ekonomichefen och beslut av Kommunfullmäktige', ['Ekonomichefen']],
    ['Förvaltningarna och rapportering till berörd nämnd', ['Förvaltningarna']],
    ['Familjehem- och insatsenhet Skadligt bruk och beroende', ['Familjehem- och insatsenhet Skadligt bruk och beroende']],
    ['Enhet för mottagning och ekonomiskt bistånd', ['Enhet för mottagning och ekonomiskt bistånd']],
    ['Avdelningen stöd och utveckling', ['Avdelningen stöd och utveckling']],
    ['Säkerhetsavdelningen och samordnarna', ['Säkerhetsavdelningen', 'Samordnarna']],
    ['Socialnämnden; Kommunstyrelsen', ['Socialnämnden', 'Kommunstyrelsen']],
    ['HR-avdelningen samt ekonomiavdelningen', ['HR-avdelningen', 'Ekonomiavdelningen']],
    ['Enhet för barn, unga och familj, samordnarna', ['Enhet för barn, unga och familj', 'Samordnarna']],
    ['Samordnarna, samordnarna', ['Samordnarna']],
    ['', []],
  ])('reads "%s" as %j', (text, units) => {
    expect(resolveOwnerUnits(text)).toEqual(units);
  });

  it.each([
    ['Norrtälje 2024–2025', 'norrtalje' as const, norrtalje],
    ['Norrtälje, revised Bilaga 1', 'norrtaljeDecision' as const, norrtalje],
    ['Oskarshamn 2026–2028', 'oskarshamn' as const, oskarshamn],
  ])('resolves every measure row of %s', (_name, file, expected) => {
    const parsed = parsePlanText(exampleText(file), new ProblemCollector());
    const actual = Object.fromEntries(parsed.measures.map((m) => [m.code, m.ownerUnits]));
    expect(actual).toEqual(expected);
  });

  it('keeps the responsible text exactly as written', () => {
    const parsed = parsePlanText(exampleText('oskarshamn'), new ProblemCollector());
    expect(parsed.measures.find((m) => m.code === '5.3')!.responsibleText).toBe('Ekonomichefen och beslut av Kommunfullmäktige');
    expect(parsed.measures.find((m) => m.code === '2.3')!.responsibleText).toBe('Brottsförebyggande samordnaren i samverkan med polisen');
  });
});
