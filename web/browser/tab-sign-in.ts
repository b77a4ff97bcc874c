/**
 * Signing in to a Tillit tab, for any tab page (the case view, the
 * dashboard). Inside Teams it asks teams-js for the SSO token (the server
 * verifies it against Entra's keys); when Tillit runs locally without Teams
 * credentials it offers the demo people instead. The token is
 * kept in sessionStorage (never a cookie) and sent as a Bearer header.
 *
 *   const token = await signInToTab(choosePerson);
 *   const res = await tabFetch(token, '/api/cases');
 *
 * The dashboard tab (overview-tab.ts) takes the parts: `tabAuthMode`,
 * `demoSignIn`, `forgetDemoToken`.
 */

declare const microsoftTeams: typeof import('@microsoft/teams-js') | undefined;

const storageKey = 'tillit.tabToken';

/** Why signing in did not work: only in Teams, not configured, or refused. */
export class TabSignInError extends Error {
  constructor(readonly reason: 'teams_only' | 'unavailable' | 'failed') {
    super(reason);
  }
}

/** A demo person one may sign in as (the server sends these; see src/directory/demo-people.ts). */
export interface SignInChoice {
  aadObjectId: string;
  name: string;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new TabSignInError('teams_only')), ms))]);
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, credentials: 'omit', cache: 'no-store' });
  if (!res.ok) throw new TabSignInError('failed');
  return (await res.json()) as T;
}

/** How this server signs tab users in (GET /api/tab/auth); undefined when it does not say. */
export async function tabAuthMode(): Promise<'sso' | 'local' | 'unavailable' | undefined> {
  try {
    return (await json<{ mode?: 'sso' | 'local' | 'unavailable' }>('/api/tab/auth')).mode;
  } catch {
    return undefined;
  }
}

/**
 * The local demo sign-in: the token kept for this browser tab's session, or
 * `choose` one of the demo people and sign in as them.
 */
export async function demoSignIn(choose: (people: SignInChoice[]) => Promise<string>): Promise<string> {
  const saved = sessionStorage.getItem(storageKey);
  if (saved) return saved;
  const { people } = await json<{ people: SignInChoice[] }>('/api/tab/local-people');
  const aadObjectId = await choose(people);
  const { token } = await json<{ token: string }>('/api/tab/local-sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ aadObjectId }),
  });
  sessionStorage.setItem(storageKey, token);
  return token;
}

/**
 * A token for the tab's API. `choose` is called only in local mode, with the
 * demo people, and resolves with the one picked.
 */
export async function signInToTab(choose: (people: SignInChoice[]) => Promise<string>): Promise<string> {
  const { mode } = await json<{ mode: 'sso' | 'local' | 'unavailable' }>('/api/tab/auth');
  if (mode === 'sso') {
    if (window.parent === window || typeof microsoftTeams === 'undefined') throw new TabSignInError('teams_only');
    await withTimeout(microsoftTeams.app.initialize(), 10_000);
    return microsoftTeams.authentication.getAuthToken();
  }
  if (mode === 'local') return demoSignIn(choose);
  throw new TabSignInError('unavailable');
}

/** True when signed in with the local demo sign-in (so a "sign out" makes sense). */
export function hasDemoToken(): boolean {
  return sessionStorage.getItem(storageKey) !== null;
}

/** Forgets a local demo token (sign out, or after the server refused it). */
export function forgetDemoToken(): void {
  sessionStorage.removeItem(storageKey);
}

/** fetch() with the tab token, JSON bodies and no cookies. */
export function tabFetch(token: string, url: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(url, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    credentials: 'omit',
    cache: 'no-store',
  });
}
