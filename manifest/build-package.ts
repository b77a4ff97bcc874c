import JSZip from 'jszip';
import { colorIcon, outlineIcon } from './icons.js';
import { buildManifest, type ManifestSettings } from './manifest-template.js';
import { validateManifest } from './validate-manifest.js';

/** The built package, or the schema errors that stopped it. */
export type PackageResult = { ok: true; zip: Buffer; manifest: Record<string, unknown> } | { ok: false; errors: string[] };

/**
 * Builds appPackage.zip: manifest.json (Swedish), en-us.json, the colour and
 * outline icons. Nothing is zipped unless both JSON files validate against
 * Microsoft's schemas. `patch` lets tests (and only tests) break the manifest.
 */
export async function buildAppPackage(
  settings: ManifestSettings,
  patch: (manifest: Record<string, unknown>) => void = () => {},
): Promise<PackageResult> {
  const { manifest, english } = buildManifest(settings);
  patch(manifest);
  const errors = validateManifest(manifest, english);
  if (errors.length > 0) return { ok: false, errors };
  const zip = new JSZip();
  const fixedDate = new Date('2026-01-01T00:00:00Z');
  zip.file('manifest.json', JSON.stringify(manifest, null, 2), { date: fixedDate });
  zip.file('en-us.json', JSON.stringify(english, null, 2), { date: fixedDate });
  zip.file('color.png', colorIcon(), { date: fixedDate });
  zip.file('outline.png', outlineIcon(), { date: fixedDate });
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { ok: true, zip: buffer, manifest };
}
