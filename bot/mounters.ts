import type { RouteMounter } from './http-server.js';
import { overviewTabRoutes } from './overview-tab-routes.js';
import { reportDownloadRoutes } from './report-download-routes.js';
import { pendingTabAuthentication } from './tab-authentication.js';

/** Every feature's HTTP routes (tabs, the anonymous form, downloads). Features add theirs. */
export const routeMounters: readonly RouteMounter[] = [reportDownloadRoutes, overviewTabRoutes(pendingTabAuthentication)];
