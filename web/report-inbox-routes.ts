import type { Router } from 'express';
import { issueFormToken } from '../src/reports/form-token.js';
import { ReportError } from '../src/reports/report-errors.js';
import { answerAsReporter, openInboxWithCode, openInboxWithSession } from '../src/reports/reporter-inbox.js';
import type { MessageKey } from '../src/i18n/catalogue.js';
import type { AppServices } from '../app/app-services.js';
import { inboxCodePage, inboxPage } from './pages/report-inbox-page.js';
import { setPageHeaders } from './pages/security-headers.js';
import { httpStatus, shownAgainStatus } from './http-errors.js';
import { pageLocale, reportBodyParser } from './report-page-helpers.js';

/** The refusals that send the reporter back to the code page (the inbox did not open, or no longer is). */
const codePageCodes: ReadonlySet<ReportError['code']> = new Set(['receipt_code_malformed', 'receipt_code_unknown', 'proof_of_work_failed', 'inbox_expired']);

/**
 * The reporter's inbox under /anmalan/inkorg. The code travels only in a
 * post body, never in an address; an opened inbox carries a sealed session
 * in its page, nowhere else. Wrong codes cost a proof of work whose difficulty rises with the load of every process together (src/reports/proof-of-work.ts).
 */
export function mountInboxRoutes(router: Router, app: AppServices): void {
  const services = app.reports();
  const inboxDeps = { ...services.deps, pow: services.pow };

  router.get('/inkorg', (req, res) => {
    setPageHeaders(res);
    res.type('html').send(inboxCodePage({ locale: pageLocale(req, app) }));
  });

  router.post('/inkorg', reportBodyParser, async (req, res) => {
    const locale = pageLocale(req, app);
    setPageHeaders(res);
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const code = body.code;
      const opened = await openInboxWithCode(inboxDeps, { code: typeof code === 'string' ? code : '', pow: { challenge: body.pow, nonce: body.powNonce } });
      res.type('html').send(inboxPage({ locale, inbox: opened.view, session: opened.session, formToken: issueFormToken(services.crypto, app.clock) }));
    } catch (error) {
      if (!(error instanceof ReportError) || !codePageCodes.has(error.code)) throw error;
      res.status(httpStatus(error.code)).type('html').send(inboxCodePage({ locale, problem: `error.${error.code}` }));
    }
  });

  router.post('/inkorg/svar', reportBodyParser, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const locale = pageLocale(req, app);
    setPageHeaders(res);
    const formToken = issueFormToken(services.crypto, app.clock);
    try {
      const opened = await answerAsReporter(services.deps, { session: body.session, text: body.text, formToken: body.token });
      res.type('html').send(inboxPage({ locale, inbox: opened.view, session: opened.session, formToken, notice: app.config.reports.release === 'immediate' ? 'inbox.sentLocal' : 'inbox.sent' }));
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      if (error.code === 'inbox_expired' || error.code === 'receipt_code_unknown') {
        res.status(httpStatus(error.code)).type('html').send(inboxCodePage({ locale, problem: `error.${error.code}` }));
        return;
      }
      // Refused but the inbox is still open: show it again with the reason and what they wrote.
      const opened = await openInboxWithSession(services.deps, { session: body.session });
      const problem: MessageKey =
        error.code === 'report_invalid' ? (error.fields.includes('text_too_long') ? 'form.error.text_too_long' : 'form.error.text') : `error.${error.code}`;
      const draft = error.code === 'report_already_sent' || typeof body.text !== 'string' ? undefined : body.text;
      res.status(shownAgainStatus(error.code)).type('html');
      res.send(inboxPage({ locale, inbox: opened.view, session: opened.session, formToken, problem, draft }));
    }
  });
}
