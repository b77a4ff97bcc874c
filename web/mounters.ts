import { caseViewRoutes } from './case-view-routes.js';
import type { RouteMounter } from './http-server.js';
import { infoPageRoutes } from './info-page-routes.js';
import { overviewTabRoutes } from './overview-tab-routes.js';
import { reportDownloadRoutes } from './report-download-routes.js';
import { reportFormRoutes } from './report-form-routes.js';
import { tabAuthRoutes } from './tab-sign-in.js';
import { tabViewerFromSignIn } from './tab-viewer.js';

/** Every feature's HTTP routes (tabs, the anonymous form, downloads). Features add theirs. */
export const routeMounters: readonly RouteMounter[] = [
  tabAuthRoutes,
  infoPageRoutes,
  reportFormRoutes,
  caseViewRoutes,
  reportDownloadRoutes,
  overviewTabRoutes(tabViewerFromSignIn),
];
