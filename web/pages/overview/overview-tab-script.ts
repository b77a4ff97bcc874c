/**
 * The dashboard tab's browser code. It is compiled with the server and
 * served as /oversikt/app.js from this function's source, so it must not
 * use imports or anything outside itself. It signs in through Teams
 * (teams-js, served locally), then fetches the server-rendered content
 * with the Teams token; the server verifies the token and checks access.
 * Opened in a browser while Tillit runs locally without Teams credentials,
 * it offers the simulator's demo people instead (the same sign-in and
 * session token as the case view, see web/browser/tab-auth.ts).
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

  const localTokenKey = 'tillit.tabToken';
  let localToken: string | null = null;
  const who = document.getElementById('who');

  /** The demo person's name from the local token's payload (display only; the server verifies the token). */
  const nameInToken = (jwt: string): string => {
    try {
      const payload = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob((jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)))) as { name?: unknown };
      return typeof payload.name === 'string' ? payload.name : '';
    } catch {
      return '';
    }
  };

  /** Local demo only: who is signed in, and a way to sign out and choose someone else. */
  function showWho(): void {
    if (!who) return;
    if (!localToken) {
      who.hidden = true;
      return;
    }
    const label = document.createElement('span');
    label.textContent = (texts.signedInAs ?? '{name}').replace('{name}', nameInToken(localToken));
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = texts.switchPerson ?? '';
    button.addEventListener('click', () => {
      sessionStorage.removeItem(localTokenKey);
      localToken = null;
      who.hidden = true;
      history.replaceState(null, '', location.pathname);
      void localSignIn()
        .then((ok) => (ok ? load(new URLSearchParams()) : notice(texts.signInFailed ?? '')))
        .catch(() => notice(texts.failed ?? ''));
    });
    who.replaceChildren(label, button);
    who.hidden = false;
  }

  async function token(): Promise<string> {
    if (localToken) return localToken;
    if (!teams) throw new Error('outside');
    return teams.authentication.getAuthToken();
  }

  /** Local mode only: pick one of the simulator's people (kept for this browser tab's session). */
  async function localSignIn(again = false): Promise<boolean> {
    const mode: { mode?: string } = await fetch('/api/tab/auth', { credentials: 'omit', cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<{ mode?: string }>) : {}))
      .catch(() => ({}));
    if (mode.mode !== 'local') return false;
    localToken = sessionStorage.getItem(localTokenKey);
    if (localToken) return true;
    const res = await fetch('/api/tab/local-people', { credentials: 'omit', cache: 'no-store' });
    if (!res.ok) return false;
    const { people } = (await res.json()) as { people: Array<{ aadObjectId: string; name: string }> };
    const chosen = await new Promise<string>((resolve) => {
      const card = document.createElement('section');
      card.className = 'card';
      const title = document.createElement('h2');
      title.textContent = texts.signInTitle ?? '';
      const lead = document.createElement('p');
      lead.textContent = texts.signInLead ?? '';
      const list = document.createElement('div');
      list.className = 'filters';
      for (const person of people) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = (texts.signInAs ?? '{name}').replace('{name}', person.name);
        button.addEventListener('click', () => resolve(person.aadObjectId));
        list.append(button);
      }
      if (again) {
        const why = document.createElement('p');
        why.className = 'notice';
        why.textContent = texts.signInAgain ?? '';
        card.append(why);
      }
      card.append(title, lead, list);
      root.replaceChildren(card);
    });
    const signIn = await fetch('/api/tab/local-sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ aadObjectId: chosen }),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!signIn.ok) return false;
    localToken = ((await signIn.json()) as { token: string }).token;
    sessionStorage.setItem(localTokenKey, localToken);
    return true;
  }

  async function load(params: URLSearchParams): Promise<void> {
    const res = await fetch(`/oversikt/innehall?${params.toString()}`, { headers: { Authorization: `Bearer ${await token()}` } });
    if (res.status === 401 && localToken) {
      // The server restarted (new demo key) or does not know the person: choose again.
      sessionStorage.removeItem(localTokenKey);
      localToken = null;
      if (await localSignIn(true)) return load(params);
    }
    if (res.status === 401) return notice(texts.signInFailed ?? '');
    if (!res.ok && res.status !== 403 && res.status !== 400 && res.status !== 404) return notice(texts.failed ?? '');
    root.innerHTML = await res.text();
    showWho();
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
    // Outside Teams (a plain browser window) only the local demo sign-in can work.
    if (window.parent === window && (await localSignIn())) return load(new URLSearchParams(location.search));
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
