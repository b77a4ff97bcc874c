import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewTabRoutes } from '../../../web/overview-tab-routes.js';
import { reportDownloadRoutes } from '../../../web/report-download-routes.js';
import { randomUUID } from 'node:crypto';
import { tabAuthRoutes } from '../../../web/tab-sign-in.js';
import { tabViewerFromSignIn } from '../../../web/tab-viewer.js';
import { FakeEntra } from '../../helpers/fake-entra.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { fakeTabViewer } from '../../helpers/fake-tab-viewer.js';
import { seedNorrtalje, type NorrtaljeScenario } from '../../helpers/norrtalje-scenario.js';

describe.each(dialects)('the dashboard tab ($name)', ({ create }) => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;
  let bot: BotDriver;
  const get = (path: string, personId?: string) => fetch(`${bot.baseUrl}${path}`, personId ? { headers: { authorization: `Bearer test-${personId}` } } : {});

  beforeAll(async () => {
    database = await create();
    s = await seedNorrtalje(database.db);
    bot = await BotDriver.start(database, { clock: s.clock, mounters: [tabAuthRoutes, overviewTabRoutes(fakeTabViewer), reportDownloadRoutes] });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  it('serves a shell without data, teams-js from this server, and a strict content policy', async () => {
    const page = await get('/oversikt');
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('<script src="/tab/static/teams.js"></script>');
    expect(body).not.toContain('Norrtälje');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self' https://teams.microsoft.com");
    // No inline styles, no <base> or form posts elsewhere, and framing only by exact hosts.
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('*');
    expect(body).not.toMatch(/<style|style="/);
    expect(body).toContain('<link rel="stylesheet" href="/oversikt/app.css">');
    const css = await get('/oversikt/app.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).toContain('.dot.s-done');
    const sdk = await get('/tab/static/teams.js');
    expect(sdk.status).toBe(200);
    expect(await sdk.text()).toContain('microsoftTeams');
    expect(await (await get('/oversikt/app.js')).text()).toContain('getAuthToken');
  });

  it('refuses the content without a verified Teams token', async () => {
    expect((await get('/oversikt/innehall')).status).toBe(401);
  });

  it('renders the overview, timeline and chart for a reader', async () => {
    const res = await get('/oversikt/innehall', s.people.anna);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan 2024–2025');
    expect(body).toContain('Läget måndag 31 mars 2025');
    expect(body).toContain('Sista datum har passerats (5)');
    expect(body).toContain('class="tl-today"');
    // Everything in the content works under a CSP without inline styles.
    expect(body).not.toMatch(/style="|<style/);
    expect(body).toContain('<svg viewBox');
    expect(body).toContain('Visar 8 av 8 åtgärder');
  });

  it('filters by goal area, owner and status', async () => {
    expect(await (await get('/oversikt/innehall?status=overdue', s.people.anna)).text()).toContain('Visar 5 av 8 åtgärder');
    expect(await (await get('/oversikt/innehall?area=1', s.people.anna)).text()).toContain('Visar 2 av 8 åtgärder');
    const owner = encodeURIComponent('Avdelningen stöd och utveckling');
    expect(await (await get(`/oversikt/innehall?owner=${owner}`, s.people.anna)).text()).toContain('Visar 1 av 8 åtgärder');
    expect((await get('/oversikt/innehall?status=nonsense', s.people.anna)).status).toBe(400);
  });

  it('shows an earlier day', async () => {
    expect(await (await get('/oversikt/innehall?asOf=2024-08-31', s.people.anna)).text()).toContain('Läget per lördag 31 augusti 2024');
  });

  it('answers a day the tab cannot show with advice for the tab (choose a day in the field), never to type in chat', async () => {
    for (const [asOf, expected] of [
      ['2025-02-31', 'Det datumet finns inte i kalendern. Välj en dag i fältet "Läget per".'],
      ['2025-06-01', 'Den dagen har inte kommit än'],
      ['2023-01-15', 'Välj en senare dag i fältet "Läget per", eller töm fältet för att se läget i dag.'],
    ] as const) {
      const text = await (await get(`/oversikt/innehall?asOf=${asOf}`, s.people.anna)).text();
      expect(text).toContain(expected.replaceAll('"', '&quot;'));
      expect(text).not.toMatch(/Skriv|status per/);
    }
  });

  it('refuses someone who reads no plan, and escapes everything it shows', async () => {
    const res = await get('/oversikt/innehall', s.people.olle);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Status för handlingsplanen visas för de chefer');
    const planer = await get('/oversikt/planer', s.people.olle);
    expect(planer.status).toBe(403);
  });

  it('lists the reader’s plans for the channel tab’s settings, and signs report links', async () => {
    expect(await (await get('/oversikt/planer', s.people.anna)).json()).toEqual([
      { key: 'norrtalje-2024-2025', name: 'Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan 2024–2025' },
    ]);
    const { url } = (await (await get('/oversikt/rapportlank?plan=norrtalje-2024-2025&format=xlsx', s.people.anna)).json()) as { url: string };
    const file = await fetch(`${bot.baseUrl}${new URL(url).pathname}${new URL(url).search}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
  });

});

describe.each(dialects)('the dashboard tab signed in through Teams ($name)', ({ create }) => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;
  let bot: BotDriver;
  const entra = new FakeEntra();

  beforeAll(async () => {
    await entra.start();
    database = await create();
    s = await seedNorrtalje(database.db);
    bot = await BotDriver.start(database, {
      clock: s.clock,
      env: { MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555', MICROSOFT_APP_PASSWORD: 'x', ...entra.env() },
      mounters: [tabAuthRoutes, overviewTabRoutes(tabViewerFromSignIn)],
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
    await entra.stop();
  });

  const content = async (token?: string) =>
    fetch(`${bot.baseUrl}/oversikt/innehall`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('shows the overview to a reader known by e-mail, recognised by the sign-in name in the Entra token', async () => {
    const token = await entra.token(randomUUID(), { upn: 'anna.andersson@norrtalje.example' });
    const res = await content(token);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Visar 8 av 8 åtgärder');
  });

  it('refuses a verified person without a role, a stranger, and a forged token', async () => {
    expect((await content(await entra.token(randomUUID(), { upn: 'olle.obehorig@norrtalje.example' }))).status).toBe(403);
    expect((await content(await entra.token(randomUUID(), { upn: 'someone@elsewhere.example' }))).status).toBe(401);
    expect((await content(await entra.token(randomUUID(), { upn: 'anna.andersson@norrtalje.example', audience: 'api://other/app' }))).status).toBe(401);
    expect((await content()).status).toBe(401);
  });
});
