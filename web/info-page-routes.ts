import type { RouteMounter } from './http-server.js';
import { infoPage, infoPagePaths, type InfoPage } from './pages/info-pages.js';
import { setPageHeaders } from './pages/security-headers.js';
import { pageLocale } from './report-page-helpers.js';

/**
 * About (/), privacy (/integritet) and terms (/villkor): the pages the Teams
 * app package names as its website, privacy statement and terms of use.
 * Public, no sign-in, same strict headers as the report form.
 */
export const infoPageRoutes: RouteMounter = (router, app) => {
  for (const page of Object.keys(infoPagePaths) as InfoPage[]) {
    router.get(infoPagePaths[page], (req, res) => {
      setPageHeaders(res);
      res.type('html').send(infoPage({ page, locale: pageLocale(req, app), retentionDays: app.config.reports.retentionDays }));
    });
  }
};
