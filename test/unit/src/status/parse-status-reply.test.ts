import { describe, expect, it } from 'vitest';
import { parseStatusReply } from '../../../../src/status/parse-status-reply.js';

const today = '2025-01-15';
const parse = (text: string) => parseStatusReply(text, today);

describe('parseStatusReply', () => {
  it('understands a bare "klar" as done, without a comment', () => {
    expect(parse('klar')).toEqual({ status: 'done', uncertain: false, comment: null, forecastDate: null, mentions: [] });
    expect(parse('Klart!')).toMatchObject({ status: 'done', comment: null });
  });

  it('reads "försenad till mars, väntar på IT" as delayed with a forecast at the end of March and the reason as comment', () => {
    expect(parse('försenad till mars, väntar på IT')).toEqual({
      status: 'delayed',
      uncertain: false,
      comment: 'väntar på IT',
      forecastDate: '2025-03-31',
      mentions: [],
    });
  });

  it('reads "risk för försening, leverantören är sen" as at risk, not delayed', () => {
    expect(parse('risk för försening, leverantören är sen')).toMatchObject({ status: 'at_risk', comment: 'leverantören är sen', uncertain: false });
  });

  it('keeps the whole text as comment when the first clause says more than the status', () => {
    expect(parse('Vi är försenade eftersom IT inte har levererat')).toMatchObject({
      status: 'delayed',
      comment: 'Vi är försenade eftersom IT inte har levererat',
    });
  });

  it('understands every status in Swedish and English', () => {
    expect(parse('ej påbörjad')?.status).toBe('not_started');
    expect(parse('inte påbörjat än')?.status).toBe('not_started');
    expect(parse('pågår enligt plan')?.status).toBe('on_track');
    expect(parse('on track')?.status).toBe('on_track');
    expect(parse('at risk, supplier is late')).toMatchObject({ status: 'at_risk', comment: 'supplier is late' });
    expect(parse('delayed until April, waiting for IT')).toMatchObject({ status: 'delayed', forecastDate: '2025-04-30', comment: 'waiting for IT' });
    expect(parse('done')?.status).toBe('done');
    expect(parse('avbruten, ersatt av åtgärd 3.1')).toMatchObject({ status: 'cancelled', comment: 'ersatt av åtgärd 3.1', mentions: [{ code: '3.1', reference: true }] });
  });

  it('is uncertain, not wrong, about negated or hedged statuses', () => {
    expect(parse('inte klar')).toMatchObject({ status: null, uncertain: true });
    expect(parse('ingen risk')).toMatchObject({ status: null, uncertain: true });
    expect(parse('blir klar i april')).toMatchObject({ status: null, uncertain: true, forecastDate: '2025-04-30' });
    expect(parse('klar till sommaren')).toMatchObject({ status: null, uncertain: true });
  });

  it('is uncertain when the text names two statuses', () => {
    expect(parse('pågår men risk för försening')).toMatchObject({ status: null, uncertain: true });
  });

  const codes = (text: string) => parse(text)?.mentions.filter((m) => !m.reference).map((m) => m.code);

  it('finds a measure code anywhere in the reply, not only at the start', () => {
    expect(parse('2.3 klar')).toMatchObject({ status: 'done', comment: null });
    expect(codes('2.3 klar')).toEqual(['2.3']);
    expect(parse('2.3: försenad, väntar på IT')).toMatchObject({ status: 'delayed', comment: 'väntar på IT' });
    expect(codes('Åtgärd 1.12 är klar')).toEqual(['1.12']);
    expect(codes('vi är försenade med 1.1 pga IT')).toEqual(['1.1']);
    expect(codes('punkt 2.3 är klar')).toEqual(['2.3']);
    expect(codes('åtgärd två punkt tre är klar')).toEqual(['2.3']);
    expect(codes('åtgärd 2,3 är klar')).toEqual(['2.3']);
  });

  it('understands a reply that names a measure but no status, so the card can ask for it', () => {
    expect(parse('hur gör jag med 4.10?')).toMatchObject({ status: null, uncertain: true });
  });

  it('rolls a month that has passed this year over to next year', () => {
    expect(parseStatusReply('försenad till januari', '2025-03-10')?.forecastDate).toBe('2026-01-30');
    expect(parse('försenad till 20 februari')?.forecastDate).toBe('2025-02-20');
    expect(parse('försenad till 2025-06-01')?.forecastDate).toBe('2025-06-01');
  });

  it('returns undefined for text that is not about status', () => {
    expect(parse('vad blir det till lunch')).toBeUndefined();
    expect(parse('hur går det med handlingsplanen?')).toBeUndefined();
    expect(parse('')).toBeUndefined();
    expect(parse('vi ses sen')).toBeUndefined();
  });

  it('keeps script and HTML as plain text in the comment', () => {
    expect(parse('försenad, <script>alert(1)</script>')).toMatchObject({ status: 'delayed', comment: '<script>alert(1)</script>' });
  });

  it('reads "Klar!!", "klar :)", "klar 👍" and a phone\'s invisible characters as a bare "klar", with no comment of punctuation', () => {
    for (const text of ['Klar!!', 'klar :)', 'klar 👍', 'klar\u200b', '\u200bKLAR.', '"klar"', 'Klar…']) {
      expect(parse(text), JSON.stringify(text)).toMatchObject({ status: 'done', uncertain: false, comment: null });
    }
  });

  it('reads text typed on a Mac (decomposed "å") like any other', () => {
    expect(parse('Pågår enligt plan'.normalize('NFD'))).toMatchObject({ status: 'on_track', comment: null });
  });
});
