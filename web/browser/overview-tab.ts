import { forgetDemoToken, demoSignIn, tabAuthMode, type SignInChoice } from './tab-sign-in.js';

/**
 * The dashboard tab ("Lägesbild"), served as /oversikt/app.js from the one
 * browser build (tsconfig.browser.json). It signs in through Teams
 * (teams-js, served locally), then fetches the server-rendered content
 * with the Teams token; the server verifies the token and checks access.
 * Opened in a browser while Tillit runs locally without Teams credentials,
 * it offers the demo people instead, through the shared tab
 * sign-in (tab-sign-in.ts: the same session token as the case view).
 */

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

let demoToken: string | null = null;
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
  if (!demoToken) {
    who.hidden = true;
    return;
  }
  const label = document.createElement('span');
  label.textContent = (texts.signedInAs ?? '{name}').replace('{name}', nameInToken(demoToken));
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = texts.switchPerson ?? '';
  button.addEventListener('click', () => {
    forgetDemoToken();
    demoToken = null;
    who.hidden = true;
    history.replaceState(null, '', location.pathname);
    void signInAsSignInChoice()
      .then((ok) => (ok ? load(new URLSearchParams()) : notice(texts.signInFailed ?? '')))
      .catch(() => notice(texts.failed ?? ''));
  });
  who.replaceChildren(label, button);
  who.hidden = false;
}

async function token(): Promise<string> {
  if (demoToken) return demoToken;
  if (!teams) throw new Error('outside');
  return teams.authentication.getAuthToken();
}

/** Local mode only: pick one of the demo people (kept for this browser tab's session), through the shared tab sign-in. */
async function signInAsSignInChoice(again = false): Promise<boolean> {
  if ((await tabAuthMode()) !== 'local') return false;
  try {
    demoToken = await demoSignIn((people) => choosePerson(people, again));
    return true;
  } catch {
    return false;
  }
}

function choosePerson(people: SignInChoice[], again: boolean): Promise<string> {
  return new Promise<string>((resolve) => {
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
}

async function load(params: URLSearchParams): Promise<void> {
  const res = await fetch(`/oversikt/innehall?${params.toString()}`, { headers: { Authorization: `Bearer ${await token()}` } });
  if (res.status === 401 && demoToken) {
    // The server restarted (new demo key) or does not know the person: choose again.
    forgetDemoToken();
    demoToken = null;
    if (await signInAsSignInChoice(true)) return load(params);
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
  if (window.parent === window && (await signInAsSignInChoice())) return load(new URLSearchParams(location.search));
  if (!teams) throw new Error('outside');
  await withTimeout(teams.app.initialize(), 6000);
  const context = await teams.app.getContext();
  theme(context.app?.theme);
  teams.app.registerOnThemeChangeHandler(theme);
  await load(new URLSearchParams(location.search));
})().catch((error: unknown) => notice(error instanceof Error && error.message === 'outside' ? (texts.outsideTeams ?? '') : (texts.signInFailed ?? '')));
