import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildAppPackage } from '../../../manifest/build-package.js';
import { colorIcon, outlineIcon } from '../../../manifest/icons.js';
import { packageSettingsFromEnv } from '../../../manifest/package-settings.js';
import { pngInfo } from '../../../manifest/png.js';
import type { ManifestSettings } from '../../../manifest/manifest-template.js';

const root = new URL('../../..', import.meta.url).pathname;

const settings: ManifestSettings = {
  appId: '11111111-2222-4333-8444-555555555555',
  botId: '66666666-2222-4333-8444-555555555555',
  publicUrl: 'https://tillit.kommun.example',
  version: '1.2.3',
  staticTabs: [{ entityId: 'report', name: { sv: 'Anmäl påverkan', en: 'Report influence' }, path: '/anmal', scopes: ['personal'], usesSso: false }],
};

/** RGBA pixels of a PNG written by our own encoder (one IDAT chunk, filter 0). */
function pixels(png: Buffer): { rgba: Uint8Array; width: number; height: number } {
  const { width, height } = pngInfo(png);
  const length = png.readUInt32BE(33);
  const raw = inflateSync(png.subarray(41, 41 + length));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  return { rgba, width, height };
}

// Compiling Microsoft's schemas takes a few seconds on a busy two-core machine.
describe('Teams app package', { timeout: 60_000 }, () => {
  it('validates against Microsoft’s schema and zips manifest, English strings and icons', async () => {
    const result = await buildAppPackage(settings);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const zip = await JSZip.loadAsync(result.zip);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.bots[0]).toMatchObject({ botId: settings.botId, scopes: ['personal', 'team', 'groupChat'] });
    expect(manifest.bots[0].commandLists[0].commands[0]).toEqual({ title: 'mina åtgärder', description: 'Visar dina åtgärder med trafikljus, så att du kan rapportera status.' });
    expect(manifest.staticTabs[0]).toMatchObject({ entityId: 'report', name: 'Anmäl påverkan', contentUrl: 'https://tillit.kommun.example/anmal' });
    expect(manifest.validDomains).toEqual(['tillit.kommun.example']);
    const english = JSON.parse(await zip.file('en-us.json')!.async('string'));
    expect(english['bots[0].commandLists[0].commands[0].title']).toBe('my measures');
    expect(english['staticTabs[0].name']).toBe('Report influence');
  });

  it('asks Teams for single sign-on only when a tab signs in', async () => {
    const plain = await buildAppPackage(settings);
    expect(plain.ok && plain.manifest.webApplicationInfo).toBeFalsy();
    const withCases = await buildAppPackage({
      ...settings,
      staticTabs: [...settings.staticTabs, { entityId: 'arenden', name: { sv: 'Ärenden', en: 'Cases' }, path: '/arenden', scopes: ['personal'], usesSso: true }],
    });
    expect(withCases.ok && withCases.manifest.webApplicationInfo).toEqual({
      id: settings.botId,
      resource: `api://tillit.kommun.example/${settings.botId}`,
    });
  });

  it('fails with the schema error when the manifest is invalid', async () => {
    const result = await buildAppPackage(settings, (m) => {
      m.accentColor = 'blue';
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toContain('manifest.json/accentColor');
  });

  it('has a 192×192 opaque colour icon and a 32×32 outline icon of only white and transparency', () => {
    const color = pixels(colorIcon());
    expect([color.width, color.height]).toEqual([192, 192]);
    for (let i = 3; i < color.rgba.length; i += 4) expect(color.rgba[i]).toBe(255);
    const outline = pixels(outlineIcon());
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      if (outline.rgba[i + 3] === 0) continue;
      opaque++;
      expect([outline.rgba[i], outline.rgba[i + 1], outline.rgba[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(opaque).toBeGreaterThan(50);
    expect(opaque).toBeLessThan(32 * 32 - 100);
  });
});

describe('package settings', () => {
  it('builds a local trial package without configuration, and says what is missing', () => {
    const { settings: local, warnings } = packageSettingsFromEnv({}, root);
    expect(local.publicUrl).toBe('https://localhost:3978');
    expect(warnings.join(' ')).toContain('MICROSOFT_APP_ID saknas');
  });

  it('uses the bot id as the app id when no separate Teams app id is given', () => {
    const { settings: real, warnings } = packageSettingsFromEnv(
      { MICROSOFT_APP_ID: '66666666-2222-4333-8444-555555555555', PUBLIC_URL: 'https://tillit.kommun.example/' },
      root,
    );
    expect(real).toMatchObject({ appId: '66666666-2222-4333-8444-555555555555', publicUrl: 'https://tillit.kommun.example' });
    expect(warnings).toEqual([]);
  });

  it('refuses an app id that is not a GUID', () => {
    expect(() => packageSettingsFromEnv({ TEAMS_APP_ID: 'tillit' }, root)).toThrow('TEAMS_APP_ID: måste vara ett GUID');
  });
});
