import { describe, expect, it } from 'vitest';
import { splitIndicators } from '../../../../../src/plans/import/split-indicators.js';

describe('splitIndicators', () => {
  it.each([
    ['Riktlinjerna är beslutade i nämnd Riktlinjerna är förankrade och kända', ['Riktlinjerna är beslutade i nämnd', 'Riktlinjerna är förankrade och kända']],
    ['Riktlinjerna är beslutade i nämnd  Riktlinjerna är förankrade och kända', ['Riktlinjerna är beslutade i nämnd', 'Riktlinjerna är förankrade och kända']],
    ['Sker enligt process. Jämförelse av resultat', ['Sker enligt process.', 'Jämförelse av resultat']],
    ['Beslut i kommunstyrelsen/ Kommunfullmäktige', ['Beslut i kommunstyrelsen/ Kommunfullmäktige']],
    ['Rapport till Kommunstyrelsen varje år', ['Rapport till Kommunstyrelsen varje år']],
    ['Samverkan med Polisen sker', ['Samverkan med Polisen sker']],
    ['Antal utbildade', ['Antal utbildade']],
    ['', []],
  ])('reads text from a PDF table "%s" as %j', (cell, expected) => {
    expect(splitIndicators(cell, { guessSentences: true })).toEqual(expected);
  });

  it('splits a spreadsheet cell only at line breaks, bullets and double spaces', () => {
    expect(splitIndicators('Andel chefer\n• Antal utbildade\n\nNöjdhet Enkät', { guessSentences: false })).toEqual(['Andel chefer', 'Antal utbildade', 'Nöjdhet Enkät']);
    expect(splitIndicators('- Ett\n- Två', { guessSentences: false })).toEqual(['Ett', 'Två']);
  });
});
