import { describe, expect, it } from 'vitest';
import { namedAnswerSavedCard, namedMessageCard } from '../../../cards/named-message-card.js';
import { namedReportCard, namedReportReceivedCard } from '../../../cards/named-report-card.js';
import { newActivityCard, reminderCard } from '../../../cards/report-notification-card.js';
import { reportOptionsCard } from '../../../cards/report-options-card.js';
import { verbs } from '../../../cards/verbs.js';
import { formLinkQr } from '../../../src/reports/form-link-qr.js';
import { cardText, expectValidCard, maxCardBytes } from '../../helpers/cards.js';

const formUrl = 'https://tillit.oskarshamn.example.se/anmalan';
const months = [{ value: '2026-11', label: 'november 2026' }, { value: '2026-10', label: 'oktober 2026' }];

describe('the "anmäl" card', () => {
  it('offers the form with a link and a QR code image, well under the 28 KB limit', async () => {
    const qr = await formLinkQr(formUrl);
    expect(qr).toMatch(/^data:image\/png;base64,/);
    const card = reportOptionsCard({ formUrl, qrDataUri: qr, inSharedConversation: false }, 'sv');
    expectValidCard(card);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(maxCardBytes / 4);
    const json = JSON.stringify(card);
    expect(json).toContain('"type":"Action.OpenUrl"');
    expect(json).toContain(formUrl);
    expect(json).toContain('"type":"Image"');
    expect(cardText(card)).toContain('privata mobil');
    expect(cardText(card)).toContain('Tillit sparar inte vem som frågade');
  });

  it('offers a named report only in a personal chat', async () => {
    const qr = await formLinkQr(formUrl);
    const personal = JSON.stringify(reportOptionsCard({ formUrl, qrDataUri: qr, inSharedConversation: false }, 'sv'));
    const shared = reportOptionsCard({ formUrl, qrDataUri: qr, inSharedConversation: true }, 'sv');
    expect(personal).toContain(verbs.reportNamedStart);
    expect(JSON.stringify(shared)).not.toContain(verbs.reportNamedStart);
    expect(cardText(shared)).toContain('personliga chatt');
  });

  it('is in English when asked', async () => {
    const card = reportOptionsCard({ formUrl, qrDataUri: await formLinkQr(formUrl), inSharedConversation: false }, 'en');
    expectValidCard(card);
    expect(cardText(card)).toContain('Report undue influence');
  });
});

describe('the named report card', () => {
  it('says plainly that the reporter is not anonymous and has every field', () => {
    const card = namedReportCard({ units: ['Socialtjänst', 'Vård och omsorg'], months, submissionKey: 'k1', formUrl }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Du är inte anonym här');
    const ids = JSON.stringify(card).match(/"id":"[a-z]+"/g);
    expect(ids).toEqual(['"id":"categories"', '"id":"subject"', '"id":"unit"', '"id":"month"', '"id":"ongoing"', '"id":"text"']);
    expect(JSON.stringify(card)).toContain(verbs.reportNamedSubmit);
  });

  it('comes back with what was typed and what to fix', () => {
    const card = namedReportCard(
      { units: ['Socialtjänst'], months, submissionKey: 'k1', formUrl, values: { categories: 'threat,bribery', text: '' }, errors: ['subject', 'text'] },
      'sv',
    );
    expectValidCard(card);
    expect(cardText(card)).toContain('Välj vem det riktades mot.');
    expect(JSON.stringify(card)).toContain('"value":"threat,bribery"');
  });

  it('confirms a named report with its reference', () => {
    const card = namedReportReceivedCard({ reference: 'K7Q-4MX' }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('K7Q-4MX');
  });
});

describe('handler notifications', () => {
  const base = { caseViewUrl: 'https://tillit.example/arenden', answeredCases: [] };

  it('says "Ny anmälan mottagen, kategori hot" and nothing of the content', () => {
    const card = newActivityCard({ ...base, audience: 'handler', newReports: [{ reference: 'K7Q-4MX', categories: ['threat'] }] }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Ny anmälan mottagen, kategori hot');
    expect(cardText(card)).toContain('K7Q-4MX');
  });

  it('lists several new reports and answered cases for a handler, counts only for a channel', () => {
    const view = {
      ...base,
      newReports: [
        { reference: 'AAA-111', categories: ['threat' as const, 'bribery' as const] },
        { reference: 'BBB-222', categories: ['conflict_of_interest' as const] },
      ],
      answeredCases: [{ reference: 'CCC-333' }],
    };
    const handler = newActivityCard({ ...view, audience: 'handler' }, 'sv');
    const channel = newActivityCard({ ...view, audience: 'channel' }, 'sv');
    expectValidCard(handler);
    expectValidCard(channel);
    expect(cardText(handler)).toContain('2 nya anmälningar har kommit in');
    expect(cardText(handler)).toContain('AAA-111: hot, mutor');
    expect(cardText(handler)).toContain('CCC-333');
    expect(cardText(channel)).not.toContain('AAA-111');
    expect(cardText(channel)).toContain('1 ärende har nya svar från anmälaren');
  });

  it.each(['acknowledge_soon', 'acknowledge_overdue', 'feedback_soon', 'feedback_overdue', 'purge_warning'] as const)('has a valid %s reminder', (kind) => {
    const card = reminderCard({ kind, reference: 'K7Q-4MX', date: '2026-11-30', caseViewUrl: base.caseViewUrl }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('K7Q-4MX');
    expect(cardText(card)).toContain('2026-11-30');
  });

  it('gives a named reporter the handler’s message with a box to answer, and none once closed', () => {
    const open = namedMessageCard({ reportId: 'r1', reference: 'K7Q-4MX', kind: 'message', text: 'Kan du berätta mer?', closed: false, submissionKey: 's' }, 'sv');
    const closed = namedMessageCard({ reportId: 'r1', reference: 'K7Q-4MX', kind: 'feedback', text: 'Vi har åtgärdat.', closed: true, submissionKey: 's' }, 'sv');
    expectValidCard(open);
    expectValidCard(closed);
    expect(JSON.stringify(open)).toContain(verbs.reportNamedAnswer);
    expect(JSON.stringify(closed)).not.toContain(verbs.reportNamedAnswer);
    expectValidCard(namedAnswerSavedCard({ reference: 'K7Q-4MX' }, 'sv'));
  });
});
