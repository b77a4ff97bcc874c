import { chatCommands, type ChatCommand } from '../src/chat/commands.js';
import { t } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { accentColor } from './icons.js';
import type { ConfigurableTabDefinition, StaticTabDefinition } from './static-tabs.js';

export const manifestVersion = '1.30';
export const manifestSchemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`;
export const localizationSchemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`;

/** What varies between tenants: ids and addresses, from the environment. */
export interface ManifestSettings {
  /** The Teams app id (a GUID). */
  appId: string;
  /** The Azure Bot's Microsoft App ID. */
  botId: string;
  /** The app registration the tabs' Teams SSO asks tokens for (default: the bot's). */
  tabAppId?: string;
  /** https address Tillit is reached on. */
  publicUrl: string;
  version: string;
  staticTabs: readonly StaticTabDefinition[];
  configurableTabs?: readonly ConfigurableTabDefinition[];
  commands?: readonly ChatCommand[];
}

type Json = Record<string, unknown>;

function commandLists(commands: readonly ChatCommand[], locale: Locale) {
  const lists: Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }> = [];
  const personal = commands.filter((c) => c.scopes.includes('personal'));
  const shared = commands.filter((c) => c.scopes.includes('team') || c.scopes.includes('groupChat'));
  const render = (list: readonly ChatCommand[]) =>
    list.slice(0, 10).map((c) => ({ title: t(locale, c.titleKey).slice(0, 32), description: t(locale, c.descriptionKey).slice(0, 128) }));
  if (personal.length > 0) lists.push({ scopes: ['personal'], commands: render(personal) });
  if (shared.length > 0) lists.push({ scopes: ['team', 'groupChat'], commands: render(shared) });
  return lists;
}

/**
 * Builds the Teams app manifest (Swedish, the default language) and its
 * English localisation file from one template. Commands come from the same
 * list the bot routes on, so the two never disagree.
 */
export function buildManifest(settings: ManifestSettings): { manifest: Json; english: Json } {
  const commands = settings.commands ?? chatCommands;
  const host = new URL(settings.publicUrl).host;
  const configurable = settings.configurableTabs ?? [];
  const sso = settings.staticTabs.some((tab) => tab.usesSso) || configurable.some((tab) => tab.usesSso);
  const texts = (locale: Locale) => ({
    short: 'Tillit',
    full: t(locale, 'manifest.fullName'),
    descriptionShort: t(locale, 'manifest.descriptionShort'),
    descriptionFull: t(locale, 'manifest.descriptionFull'),
  });
  const sv = texts('sv');
  const manifest: Json = {
    $schema: manifestSchemaUrl,
    manifestVersion,
    version: settings.version,
    id: settings.appId,
    localizationInfo: {
      defaultLanguageTag: 'sv-se',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }],
    },
    developer: {
      name: 'Tillit',
      websiteUrl: `${settings.publicUrl}/`,
      privacyUrl: `${settings.publicUrl}/integritet`,
      termsOfUseUrl: `${settings.publicUrl}/villkor`,
    },
    name: { short: sv.short, full: sv.full },
    description: { short: sv.descriptionShort, full: sv.descriptionFull },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor,
    bots: [
      {
        botId: settings.botId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: commandLists(commands, 'sv'),
      },
    ],
    ...(settings.staticTabs.length > 0
      ? {
          staticTabs: settings.staticTabs.map((tab) => ({
            entityId: tab.entityId,
            name: tab.name.sv,
            contentUrl: `${settings.publicUrl}${tab.path}`,
            websiteUrl: `${settings.publicUrl}${tab.path}`,
            scopes: tab.scopes,
          })),
        }
      : {}),
    ...(configurable.length > 0
      ? {
          configurableTabs: configurable.map((tab) => ({
            configurationUrl: `${settings.publicUrl}${tab.configurationPath}`,
            canUpdateConfiguration: true,
            scopes: tab.scopes,
          })),
        }
      : {}),
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [host],
    ...(sso ? { webApplicationInfo: { id: settings.tabAppId ?? settings.botId, resource: `api://${host}/${settings.tabAppId ?? settings.botId}` } } : {}),
  };

  const en = texts('en');
  const english: Json = {
    $schema: localizationSchemaUrl,
    'name.short': en.short,
    'name.full': en.full,
    'description.short': en.descriptionShort,
    'description.full': en.descriptionFull,
  };
  commandLists(commands, 'en').forEach((list, i) =>
    list.commands.forEach((command, j) => {
      english[`bots[0].commandLists[${i}].commands[${j}].title`] = command.title;
      english[`bots[0].commandLists[${i}].commands[${j}].description`] = command.description;
    }),
  );
  settings.staticTabs.forEach((tab, i) => (english[`staticTabs[${i}].name`] = tab.name.en));
  return { manifest, english };
}
