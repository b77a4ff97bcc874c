import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildAppPackage } from '../../../manifest/build-package.js';
import { packageSettingsFromEnv } from '../../../manifest/package-settings.js';

const root = new URL('../../..', import.meta.url).pathname;

describe('the overview tabs in the Teams app package', () => {
  it('offers "Lägesbild" as a personal tab and a configurable channel tab, with SSO, and stays valid', async () => {
    const { settings } = packageSettingsFromEnv({ MICROSOFT_APP_ID: '66666666-2222-4333-8444-555555555555', PUBLIC_URL: 'https://tillit.kommun.example' }, root);
    const result = await buildAppPackage(settings);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const zip = await JSZip.loadAsync(result.zip);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.staticTabs).toContainEqual(
      expect.objectContaining({ entityId: 'lagesbild', name: 'Lägesbild', contentUrl: 'https://tillit.kommun.example/oversikt', scopes: ['personal'] }),
    );
    expect(manifest.configurableTabs).toEqual([
      { configurationUrl: 'https://tillit.kommun.example/oversikt/konfigurera', canUpdateConfiguration: true, scopes: ['team', 'groupChat'] },
    ]);
    expect(manifest.webApplicationInfo).toEqual({ id: settings.botId, resource: `api://tillit.kommun.example/${settings.botId}` });
    const english = JSON.parse(await zip.file('en-us.json')!.async('string'));
    expect(Object.values(english)).toContain('Status overview');
  });
});
