import express, { type NextFunction, type Request, type Response } from 'express';
import { localDate } from '../src/calendar/zoned-time.js';
import type { Locale } from '../src/i18n/locale.js';
import { issueFormToken } from '../src/reports/form-token.js';
import { ReportError } from '../src/reports/report-errors.js';
import { parseReportDraft } from '../src/reports/report-input.js';
import { submitAnonymousReport } from '../src/reports/submit-report.js';
import type { AppServices } from '../app/app-services.js';
import type { RouteMounter } from './http-server.js';
import { recentMonths } from '../src/i18n/date-format.js';
import { reportFormPage, type FormValues } from './pages/report-form-page.js';
import { reportNoticePage, reportReceiptPage } from './pages/report-receipt-page.js';
import { reportStyles } from './pages/report-styles.js';
import { setAssetHeaders, setPageHeaders } from './pages/security-headers.js';
import { shownAgainStatus } from './http-errors.js';
import { mountInboxRoutes } from './report-inbox-routes.js';
import { pageLocale, reportBodyParser } from './report-page-helpers.js';
import { browserScript } from './static-assets.js';
import { anonymousMount } from './anonymous-paths.js';

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** What the reporter filled in, to show again after a refusal (only in the answer; never stored). */
function formValues(body: Record<string, unknown>): FormValues {
  const categories = body.categories;
  return {
    categories: Array.isArray(categories) ? categories.filter((c): c is string => typeof c === 'string') : typeof categories === 'string' ? [categories] : [],
    subject: text(body.subject),
    unit: text(body.unit),
    month: text(body.month),
    ongoing: text(body.ongoing),
    text: text(body.text)?.slice(0, 20_000),
    contact: text(body.contact),
  };
}

function renderForm(app: AppServices, locale: Locale, extra: { values?: FormValues; errors?: readonly string[]; problem?: ReportError['code'] } = {}): string {
  const services = app.reports();
  return reportFormPage({
    locale,
    units: app.config.reports.units,
    months: recentMonths(localDate(app.clock.now(), app.config.timeZone), 24),
    formToken: issueFormToken(services.crypto, app.clock),
    notifyTimes: app.config.reports.notifyTimes,
    release: app.config.reports.release,
    values: extra.values,
    errors: extra.errors,
    problem: extra.problem ? `error.${extra.problem}` : undefined,
  });
}

/**
 * The anonymous report form at /anmalan (also the "Anmäl påverkan" tab):
 * the page, the post that makes a report and shows the receipt code once,
 * and the inbox. These routes read no header, address or cookie, set no
 * cookie, and leave no per-request log line (they are counted instead and
 * logged in totals at the batch times).
 */
export const reportFormRoutes: RouteMounter = (router, app) => {
  const services = app.reports();
  const anonymous = express.Router();
  anonymous.use((req, res, next) => {
    res.locals.omitFromRequestLog = true;
    res.on('finish', () => services.requestLog.count(`${req.method} ${Math.floor(res.statusCode / 100)}xx`));
    next();
  });

  anonymous.get('/', (req, res) => {
    setPageHeaders(res);
    res.type('html').send(renderForm(app, pageLocale(req, app)));
  });

  anonymous.post('/', reportBodyParser, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const locale = pageLocale(req, app);
    setPageHeaders(res);
    try {
      const draft = parseReportDraft(body, app.config.reports.units, localDate(app.clock.now(), app.config.timeZone));
      const { receiptCode } = await submitAnonymousReport(
        { ...services.deps, pow: services.pow },
        { draft, formToken: body.token, pow: { challenge: body.pow, nonce: body.powNonce } },
      );
      // Stored at a beat of the write cadence, which also checkpointed the file.
      res.type('html').send(reportReceiptPage({ locale, receiptCode, release: app.config.reports.release }));
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      if (error.code === 'report_already_sent') {
        res.status(409).type('html').send(reportNoticePage({ locale, title: 'form.title', message: 'error.report_already_sent' }));
        return;
      }
      const status = shownAgainStatus(error.code);
      const errors = error.code === 'report_invalid' ? error.fields : undefined;
      const problem = error.code === 'report_invalid' ? undefined : error.code;
      res.status(status).type('html').send(renderForm(app, locale, { values: formValues(body), errors, problem }));
    }
  });

  // A fresh proof-of-work challenge, fetched by the page's script when the reporter presses send.
  anonymous.get('/utmaning', async (req, res) => {
    const purpose = req.query.for === 'inbox' ? 'inbox' : 'report';
    res.set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    res.json(await services.pow.issue(purpose));
  });

  mountInboxRoutes(anonymous, app);

  anonymous.get('/stil.css', (_req, res) => {
    setAssetHeaders(res, 'text/css; charset=utf-8');
    res.send(reportStyles);
  });
  anonymous.get('/formular.js', (_req, res) => {
    const script = browserScript('report-form.js');
    if (!script) return void res.status(404).type('text/plain').send('');
    setAssetHeaders(res, 'text/javascript; charset=utf-8');
    res.send(script);
  });

  // Errors stay here: the server's own error log line would carry the time.
  anonymous.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status;
    const locale = pageLocale(req, app);
    services.requestLog.count(status === 413 ? 'too_large' : `error ${error instanceof Error ? error.name : 'unknown'}`);
    if (res.headersSent) return;
    setPageHeaders(res);
    if (status === 413) {
      res.status(413).type('html').send(reportNoticePage({ locale, title: 'form.tooLarge.title', message: 'form.tooLarge.body', back: req.path.startsWith('/inkorg') ? `/anmalan/inkorg?lang=${locale}` : undefined }));
      return;
    }
    res
      .status(status && status >= 400 && status < 500 ? status : 500)
      .type('html')
      .send(reportNoticePage({ locale, title: 'error.title', message: 'error.generic' }));
  });
  router.use(anonymousMount, anonymous);
};
