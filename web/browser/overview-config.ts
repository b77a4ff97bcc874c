/**
 * The configurable tab's settings page (a channel adds "Lägesbild"),
 * served as /oversikt/konfigurera.js from the one browser build: lists the
 * plans the configuring person reads and saves the tab pointing at the
 * chosen one. Each viewer still sees only what they may read.
 */

export {};

interface TeamsSdk {
  app: { initialize(): Promise<void> };
  authentication: { getAuthToken(): Promise<string> };
  pages: {
    config: {
      registerOnSaveHandler(handler: (event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void): void;
      setValidityState(valid: boolean): void;
      setConfig(config: { contentUrl: string; websiteUrl: string; entityId: string; suggestedDisplayName: string }): Promise<void>;
    };
  };
}
const teams = (window as unknown as { microsoftTeams?: TeamsSdk }).microsoftTeams;
const select = document.getElementById('plan') as HTMLSelectElement;
const name = document.querySelector('main')?.dataset.tabName ?? 'Lägesbild';
(async () => {
  if (!teams) return;
  await teams.app.initialize();
  teams.pages.config.registerOnSaveHandler((event) => {
    const query = select.value ? `?plan=${encodeURIComponent(select.value)}` : '';
    teams.pages.config
      .setConfig({ contentUrl: `${location.origin}/oversikt${query}`, websiteUrl: `${location.origin}/oversikt${query}`, entityId: `lagesbild${select.value ? `-${select.value}` : ''}`, suggestedDisplayName: name })
      .then(() => event.notifySuccess(), () => event.notifyFailure());
  });
  teams.pages.config.setValidityState(true);
  const res = await fetch('/oversikt/planer', { headers: { Authorization: `Bearer ${await teams.authentication.getAuthToken()}` } });
  if (!res.ok) return;
  for (const plan of (await res.json()) as Array<{ key: string; name: string }>) select.add(new Option(plan.name, plan.key));
})().catch(() => undefined);
