import type { StaticTabDefinition } from '../static-tabs.js';

/**
 * The report channel's personal static tabs.
 *
 * - "Anmäl påverkan" is the anonymous form: it asks Teams for nothing (no
 *   context, no SSO) and works in any browser at the same address.
 * - "Ärenden" is the handlers' case view: it signs in with Teams SSO, so the
 *   manifest gets `webApplicationInfo` and the app registration must expose
 *   `api://<PUBLIC_URL host>/<app id>` with the scope `access_as_user` and
 *   pre-authorise the Teams clients. Everyone with the app sees the tab; only
 *   configured handlers get past the server (403 for others).
 */
export const reportTabs: readonly StaticTabDefinition[] = [
  { entityId: 'anmal-paverkan', name: { sv: 'Anmäl påverkan', en: 'Report influence' }, path: '/anmalan', scopes: ['personal'], usesSso: false },
  { entityId: 'arenden', name: { sv: 'Ärenden', en: 'Cases' }, path: '/arenden', scopes: ['personal'], usesSso: true },
];
