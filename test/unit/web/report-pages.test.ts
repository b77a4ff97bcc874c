import { describe, expect, it } from 'vitest';
import { html, escapeHtml } from '../../../web/pages/html.js';
import { inboxPage } from '../../../web/pages/report-inbox-page.js';
import { reportFormPage } from '../../../web/pages/report-form-page.js';
import { reportReceiptPage } from '../../../web/pages/report-receipt-page.js';

const form = (overrides = {}) =>
  reportFormPage({ locale: 'sv', units: ['Socialtjänst'], months: ['2026-11', '2026-10'], formToken: 'tok', notifyTimes: ['08:00', '13:00'], ...overrides });

describe('report pages', () => {
  it('escape everything interpolated', () => {
    expect(html`<p>${'<img src=x onerror=alert(1)>'}</p>`.value).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it('load nothing from another host and carry no inline script or style', () => {
    for (const page of [form(), reportReceiptPage({ locale: 'sv', receiptCode: '12345678901234567890' })]) {
      expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(page).not.toMatch(/\sstyle="/);
      expect(page).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('show the form with every category, the protection text and the emergency number', () => {
    const page = form();
    expect(page).toContain('Otillbörliga belöningar eller relationer');
    expect(page).toContain('Ring 112');
    expect(page).toContain('privat enhet');
    expect(page).toContain('08:00, 13:00');
    expect(page).toContain('action="/anmalan"');
  });

  it('give back what was typed, escaped, with the problems listed', () => {
    const page = form({ values: { text: '</textarea><script>alert(1)</script>', categories: ['threat'] }, errors: ['subject'] });
    expect(page).toContain('&lt;/textarea&gt;&lt;script&gt;');
    expect(page).toContain('Välj vem det riktades mot.');
    expect(page).toMatch(/value="threat" checked/);
  });

  it('show the receipt code in groups of four', () => {
    expect(reportReceiptPage({ locale: 'sv', receiptCode: '12345678901234567890' })).toContain('1234 5678 9012 3456 7890');
  });

  it('never name the handler in the reporter’s inbox', () => {
    const page = inboxPage({
      locale: 'sv',
      session: 's',
      formToken: 't',
      inbox: {
        reportId: 'r',
        status: 'acknowledged',
        receivedOn: '2026-11-20',
        categories: ['threat'],
        unit: null,
        happenedMonth: null,
        text: 'text',
        messages: [{ seq: 1, author: 'handler', kind: 'acknowledgement', text: 'Tack', sentOn: '2026-11-21' }],
      },
    });
    expect(page).toContain('Rapportmottagaren');
    expect(page).toContain('Bekräftelse');
  });
});
