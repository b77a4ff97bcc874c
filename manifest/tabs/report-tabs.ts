/**
 * The report channel's personal static tabs, for the manifest builder.
 * `contentUrl` is a path under PUBLIC_URL.
 *
 * - "Anmäl påverkan" is the anonymous form: it asks Teams for nothing (no
 *   context, no SSO) and works in any browser at the same address.
 * - "Ärenden" is the handlers' case view: it signs in with Teams SSO, so the
 *   manifest needs `webApplicationInfo` { id: <app id>, resource:
 *   "api://<PUBLIC_URL host>/<app id>" } and the app registration must expose
 *   that API with the scope `access_as_user` and pre-authorise the Teams
 *   clients. Everyone with the app sees the tab; only configured handlers
 *   get past the server (403 for others).
 */
export interface StaticTabDefinition {
  entityId: string;
  name: { sv: string; en: string };
  contentUrl: string;
  scopes: ReadonlyArray<'personal'>;
}

export const reportTabs: readonly StaticTabDefinition[] = [
  { entityId: 'anmal-paverkan', name: { sv: 'Anmäl påverkan', en: 'Report influence' }, contentUrl: '/anmalan', scopes: ['personal'] },
  { entityId: 'arenden', name: { sv: 'Ärenden', en: 'Cases' }, contentUrl: '/arenden', scopes: ['personal'] },
];
