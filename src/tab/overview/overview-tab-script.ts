/**
 * The dashboard tab's browser code. It is compiled with the server and
 * served as /oversikt/app.js from this function's source, so it must not
 * use imports or anything outside itself. It signs in through Teams
 * (teams-js, served locally), then fetches the server-rendered content
 * with the Teams token; the server verifies the token and checks access.
 */
export function overviewTabScript(): void {
  interface TeamsSdk {
    app: {
      initialize(): Promise<void>;
      getContext(): Promise<{ app?: { theme?: string; locale?: string } }>;
      registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    };
    authentication: { getAuthToken(): Promise<string> };
  }
  const root = document.getElementById('app')!;
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Record<string, string>;
  const teams = (window as unknown as { microsoftTeams?: TeamsSdk }).microsoftTeams;

  const notice = (text: string) => {
    const p = document.createElement('p');
    p.className = 'notice';
    p.textContent = text;
    root.replaceChildren(p);
  };
  const theme = (name: string | undefined) => document.body.classList.toggle('theme-dark', name === 'dark' || name === 'contrast');
  const withTimeout = <T>(promise: Promise<T>, ms: number) =>
    Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('outside')), ms))]);

  async function token(): Promise<string> {
    if (!teams) throw new Error('outside');
    return teams.authentication.getAuthToken();
  }

  async function load(params: URLSearchParams): Promise<void> {
    const res = await fetch(`/oversikt/innehall?${params.toString()}`, { headers: { Authorization: `Bearer ${await token()}` } });
    if (res.status === 401) return notice(texts.signInFailed ?? '');
    if (!res.ok && res.status !== 403 && res.status !== 400 && res.status !== 404) return notice(texts.failed ?? '');
    root.innerHTML = await res.text();
    wire();
  }

  function paramsOf(form: HTMLFormElement): URLSearchParams {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form).entries()) if (typeof value === 'string' && value !== '') params.set(key, value);
    return params;
  }

  function wire(): void {
    const form = root.querySelector<HTMLFormElement>('#filters');
    if (!form) return;
    const apply = () => {
      const params = paramsOf(form);
      history.replaceState(null, '', `?${params.toString()}`);
      notice(texts.loading ?? '');
      load(params).catch(() => notice(texts.failed ?? ''));
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      apply();
    });
    form.querySelectorAll('select').forEach((select) => select.addEventListener('change', apply));
    form.querySelectorAll<HTMLButtonElement>('button[data-report]').forEach((button) =>
      button.addEventListener('click', async () => {
        const params = paramsOf(form);
        params.set('format', button.dataset.report ?? 'docx');
        const res = await fetch(`/oversikt/rapportlank?${params.toString()}`, { headers: { Authorization: `Bearer ${await token()}` } });
        if (!res.ok) return notice(texts.failed ?? '');
        const { url } = (await res.json()) as { url: string };
        window.open(url, '_blank', 'noopener');
      }),
    );
  }

  (async () => {
    if (!teams) throw new Error('outside');
    await withTimeout(teams.app.initialize(), 6000);
    const context = await teams.app.getContext();
    theme(context.app?.theme);
    teams.app.registerOnThemeChangeHandler(theme);
    await load(new URLSearchParams(location.search));
  })().catch((error: unknown) => notice(error instanceof Error && error.message === 'outside' ? (texts.outsideTeams ?? '') : (texts.signInFailed ?? '')));
}

/**
 * The configurable tab's settings page (a channel adds "Lägesbild"): lists
 * the plans the configuring person reads and saves the tab pointing at the
 * chosen one. Each viewer still sees only what they may read.
 */
export function configTabScript(): void {
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
}
