import { describe, expect, it } from 'vitest';
import { findCodeMentions } from '../../../../src/status/measure-codes.js';
import { matchTitles } from '../../../../src/status/measure-titles.js';
import { statusWords } from '../../../../src/status/parse-status-reply.js';

const spoken = (text: string) => findCodeMentions(text).filter((m) => !m.reference).map((m) => m.code);
const pointedAt = (text: string) => findCodeMentions(text).filter((m) => m.reference).map((m) => m.code);

describe('measure codes in what an owner writes', () => {
  it('finds a code mid-sentence, after "punkt" or "åtgärd", with a comma, or in words', () => {
    expect(spoken('vi är försenade med 1.1 pga IT')).toEqual(['1.1']);
    expect(spoken('Gällande punkt 2.3 så är vi klara')).toEqual(['2.3']);
    expect(spoken('Åtgärd 2,2 pågår')).toEqual(['2.2']);
    expect(spoken('åtgärd två punkt tre är klar')).toEqual(['2.3']);
    expect(spoken('fyra punkt tio är försenad')).toEqual(['4.10']);
    expect(spoken('1.1 och 1.2 är klara')).toEqual(['1.1', '1.2']);
  });

  it('does not take a date, a time or an amount for a code', () => {
    expect(spoken('2.3 försenad till 15.4')).toEqual(['2.3']);
    expect(spoken('klar, mötet hölls kl 13.30')).toEqual([]);
    expect(spoken('budgeten på 1.5 miljoner räcker inte')).toEqual([]);
    expect(spoken('nytt datum 31.10.2025')).toEqual([]);
    expect(spoken('en två tre')).toEqual([]);
  });

  it('keeps apart a code that only points at another measure', () => {
    expect(pointedAt('avbruten, ersatt av åtgärd 3.1')).toEqual(['3.1']);
    expect(pointedAt('försenad, vi väntar på 2.2')).toEqual(['2.2']);
    expect(spoken('2.1 är försenad eftersom den hänger ihop med 2.2')).toEqual(['2.1']);
    expect(spoken('vi ligger efter med 1.2')).toEqual(['1.2']);
  });
});

describe('measure titles in what an owner writes', () => {
  const measures = [
    { id: 'a', title: 'Rutin för bakgrundskontroll vid rekrytering' },
    { id: 'b', title: 'Kontroll av kontoutdrag vid e-ansökan' },
    { id: 'c', title: 'Revidera riktlinjerna för ekonomiskt bistånd' },
    { id: 'd', title: 'Utbilda handläggare inom ekonomiskt bistånd om välfärdsbrott' },
  ];
  const match = (text: string) => matchTitles(text, measures, statusWords);

  it('names a measure by a word only its title has, typos allowed', () => {
    expect(match('Klart med bakgrundskontrollerna!')).toEqual({ kind: 'one', measureId: 'a' });
    expect(match('bakgrundskontrolen är klar')).toEqual({ kind: 'one', measureId: 'a' });
    expect(match('riktlinjrna är klara nu')).toEqual({ kind: 'one', measureId: 'c' });
  });

  it('asks rather than guesses when words fit several titles or only weakly', () => {
    expect(match('ekonomiskt bistånd: försenat')).toEqual({ kind: 'several', measureIds: ['c', 'd'] });
    expect(match('utbildningen är klar')).toEqual({ kind: 'several', measureIds: ['d'] });
    expect(match('klar')).toEqual({ kind: 'none' });
    expect(match('försenad, vi väntar på riktlinjerna')).toEqual({ kind: 'none' });
  });
});
