import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeMounters } from '../../../web/mounters.js';
import { buildManifest } from '../../../manifest/manifest-template.js';
import { packageSettingsFromEnv } from '../../../manifest/package-settings.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';
import { reportEnv } from '../../helpers/report-app.js';

describe('the about, privacy and terms pages the app package links to', () => {
  let database: TestDatabase;
  let bot: BotDriver;

  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    bot = await BotDriver.start(database, { env: reportEnv({ TILLIT_REPORT_RETENTION_DAYS: '400' }), mounters: routeMounters });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  const page = async (path: string) => {
    const res = await fetch(`${bot.baseUrl}${path}`);
    return { status: res.status, headers: res.headers, text: await res.text() };
  };

  it('answers every address the manifest gives Teams as website, privacy statement and terms of use', async () => {
    const { settings } = packageSettingsFromEnv({ PUBLIC_URL: bot.baseUrl }, process.cwd());
    const developer = buildManifest(settings).manifest.developer as Record<string, string>;
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
      const url = new URL(developer[key]!);
      expect((await page(url.pathname)).status, key).toBe(200);
    }
  });

  it('tells in Swedish what is stored about whom, with the configured retention', async () => {
    const privacy = await page('/integritet');
    expect(privacy.text).toContain('<html lang="sv">');
    expect(privacy.text).toContain('Så hanterar Tillit personuppgifter');
    expect(privacy.text).toContain('din IP-adress');
    expect(privacy.text).toContain('400 dagar efter att den avslutades');
  });

  it('says on the about page which reminders an owner gets, instead of promising only one', async () => {
    const about = await page('/');
    expect(about.text).not.toContain('bara en gång');
    expect(about.text).toContain('när åtgärden startar, 30 och 7 dagar före sista datum, på dagen och sedan en gång i veckan så länge åtgärden är försenad');
    expect(about.text).toContain('Efter 2 veckors försening får planens samordnare veta');
    expect(about.text).toContain('samma påminnelse skickas aldrig två gånger');
    expect(about.text).toContain('När planen har slutat gälla upphör påminnelserna, och samordnaren får ett sista besked.');
    expect(about.text).toContain('bara på arbetsdagar under arbetstid');
  });

  it('shows the pages in English on ?lang=en and links back to Swedish', async () => {
    const terms = await page('/villkor?lang=en');
    expect(terms.text).toContain('<html lang="en">');
    expect(terms.text).toContain('Terms of use');
    expect(terms.text).toContain('href="/villkor?lang=sv"');
  });

  it('serves them like the report form: nothing from other hosts, nothing cached, no cookie', async () => {
    const about = await page('/');
    expect(about.text).toContain('Om Tillit');
    expect(about.text).toContain('href="/anmalan?lang=sv"');
    expect(about.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(about.headers.get('cache-control')).toBe('no-store');
    expect(about.headers.get('set-cookie')).toBeNull();
    expect(about.text).not.toMatch(/(src|href)="https?:/);
  });
});
