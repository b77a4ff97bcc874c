import { t } from '../src/i18n/catalogue.js';
import { reportTabs } from './tabs/report-tabs.js';

/**
 * A personal tab in the Teams app. Features list theirs in `staticTabs`;
 * `path` is served by Tillit and joined to PUBLIC_URL.
 */
export interface StaticTabDefinition {
  entityId: string;
  name: { sv: string; en: string };
  path: string;
  scopes: Array<'personal' | 'team' | 'groupChat'>;
  /** True when the tab signs in with Teams SSO (needs webApplicationInfo). */
  usesSso: boolean;
}

/** Every static tab the app offers, in the order Teams shows them. Features add theirs. */
export const staticTabs: readonly StaticTabDefinition[] = [
  // The plan overview for managers and coordinators; the server checks each viewer's read access.
  { entityId: 'lagesbild', name: { sv: t('sv', 'tab.name'), en: t('en', 'tab.name') }, path: '/oversikt', scopes: ['personal'], usesSso: true },
  ...reportTabs,
];

/** A tab a team channel or group chat adds and configures (its settings page is `configurationPath`). */
export interface ConfigurableTabDefinition {
  configurationPath: string;
  scopes: Array<'team' | 'groupChat'>;
  usesSso: boolean;
}

/** Every configurable tab the app offers. */
export const configurableTabs: readonly ConfigurableTabDefinition[] = [
  { configurationPath: '/oversikt/konfigurera', scopes: ['team', 'groupChat'], usesSso: true },
];
