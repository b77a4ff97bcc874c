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
export const staticTabs: readonly StaticTabDefinition[] = [...reportTabs];
