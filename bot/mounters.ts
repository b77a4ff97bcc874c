import type { RouteMounter } from './http-server.js';
import { reportDownloadRoutes } from './report-download-routes.js';

/** Every feature's HTTP routes (tabs, the anonymous form, downloads). Features add theirs. */
export const routeMounters: readonly RouteMounter[] = [reportDownloadRoutes];
