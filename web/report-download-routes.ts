import type { Response } from 'express';
import { getPerson } from '../src/directory/people-repository.js';
import { isTillitError } from '../src/errors.js';
import { t } from '../src/i18n/catalogue.js';
import { resolveLocale, type Locale } from '../src/i18n/locale.js';
import { renderDocxReport } from '../src/committee-report/docx-report.js';
import { verifyDownload } from '../src/committee-report/download-link.js';
import { buildCommitteeReport, reportFileName } from '../src/committee-report/committee-report.js';
import { renderXlsxReport } from '../src/committee-report/xlsx-report.js';
import type { RouteMounter } from './http-server.js';
import { httpStatus } from './http-errors.js';

const contentTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function refuse(res: Response, status: number, message: string, locale: Locale): void {
  res
    .status(status)
    .set({ 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" })
    .type('html')
    .send(
      `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tillit</title>` +
        `<body><h1>Tillit</h1><p>${message}</p></body></html>`,
    );
}

/**
 * GET /rapport/hamta?t=TOKEN: the committee report behind a signed chat link.
 * The token (HMAC, 15 minutes, bound to one person, plan, day and format)
 * is checked, then that it was not revoked (`tillit link revoke`, shared by
 * every process through the database), then the person's read access is
 * checked again now, so a link never outlives the access it was made for. The token travels in the query
 * string, which the request log never records.
 */
export const reportDownloadRoutes: RouteMounter = (router, app) => {
  router.get('/rapport/hamta', async (req, res, next) => {
    let locale = app.config.locale;
    try {
      const token = String(req.query.t ?? '');
      const claims = verifyDownload(token, app.linkSecret, app.clock.now());
      if (await app.linkRevocations.isRevoked(token)) return refuse(res, httpStatus('download_revoked'), t(locale, 'download.revoked'), locale);
      const person = await getPerson(app.db, claims.personId);
      locale = resolveLocale(person?.preferredLocale ?? person?.locale, app.config.locale);
      const report = await buildCommitteeReport(app.overview, {
        viewer: { kind: 'person', personId: claims.personId, place: { kind: 'private' } },
        planId: claims.planId,
        asOf: claims.asOf,
      });
      const file = claims.format === 'docx' ? await renderDocxReport(report, locale) : await renderXlsxReport(report, locale);
      app.logger.info({ code: 'report_downloaded', format: claims.format }, 'report downloaded');
      res
        .status(200)
        .set({
          'Content-Type': contentTypes[claims.format],
          'Content-Disposition': `attachment; filename="${reportFileName(report, claims.format)}"`,
          'Cache-Control': 'no-store',
          'Referrer-Policy': 'no-referrer',
          'X-Content-Type-Options': 'nosniff',
        })
        .send(file);
    } catch (error) {
      if (isTillitError(error, 'download_invalid')) return refuse(res, httpStatus(error.code), t(locale, 'download.invalid'), locale);
      if (isTillitError(error, 'download_expired')) return refuse(res, httpStatus(error.code), t(locale, 'download.expired'), locale);
      // A link never tells whether a plan exists: not found is refused like denied.
      if (isTillitError(error, 'plan_access_denied', 'plan_not_found')) return refuse(res, httpStatus('plan_access_denied'), t(locale, 'download.denied'), locale);
      next(error);
    }
  });
};
