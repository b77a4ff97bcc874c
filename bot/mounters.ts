import { caseViewRoutes } from './case-view-routes.js';
import type { RouteMounter } from './http-server.js';
import { reportFormRoutes } from './report-form-routes.js';
import { tabAuthRoutes } from './tab-auth.js';

/** Every feature's HTTP routes (tabs, the anonymous form, downloads). Features add theirs. */
export const routeMounters: readonly RouteMounter[] = [tabAuthRoutes, reportFormRoutes, caseViewRoutes];
