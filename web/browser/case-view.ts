import { caseDetail } from './case-detail-view.js';
import { caseList } from './case-list-view.js';
import type { CaseDetailResponse, CaseListResponse, ViewContext } from './case-types.js';
import { el, loadStrings, replace } from './dom.js';
import { forgetDemoToken, hasDemoToken, signInToTab, tabFetch, TabSignInError, type SignInChoice } from './tab-sign-in.js';

/**
 * The handlers' case view (the "Ärenden" tab). Signs in, then shows the
 * list or one case (#/arende/<id>). Every word comes from the page's
 * catalogue; everything anyone wrote is set as text, never as markup.
 */
const tr = loadStrings();
const app = document.getElementById('app')!;
const who = document.getElementById('who')!;

class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function choosePerson(people: SignInChoice[]): Promise<string> {
  return new Promise((resolve) => {
    const buttons = people.map((p) => {
      const b = el('button', { type: 'button', class: 'secondary' }, tr('cases.signIn.as', { name: p.name }));
      b.addEventListener('click', () => resolve(p.aadObjectId));
      return b;
    });
    replace(app, el('section', { class: 'card' }, el('h2', {}, tr('cases.signIn.title')), el('p', {}, tr('cases.signIn.lead')), el('div', { class: 'people' }, ...buttons)));
  });
}

function showProblem(message: string): void {
  replace(app, el('div', { class: 'errors', role: 'alert' }, message));
}

async function start(): Promise<void> {
  let token: string;
  try {
    token = await signInToTab(choosePerson);
  } catch (error) {
    const reason = error instanceof TabSignInError ? error.reason : 'failed';
    showProblem(tr(reason === 'teams_only' ? 'cases.signIn.teamsOnly' : reason === 'unavailable' ? 'error.tab_auth_unavailable' : 'cases.signIn.failed'));
    return;
  }
  const api = async <T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> => {
    const res = await tabFetch(token, path, init);
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    if (!res.ok) throw new ApiError(res.status, body.message ?? tr('cases.error'));
    return body as T;
  };
  const ctx: ViewContext = { tr, api, today: new Date().toISOString().slice(0, 10), me: { aadObjectId: '', name: null } };
  // The local demo sign-in can be left, to try the view as someone else.
  const signOut = () => {
    if (!hasDemoToken()) return null;
    const button = el('button', { type: 'button', class: 'link' }, tr('cases.signOut'));
    button.addEventListener('click', () => {
      forgetDemoToken();
      location.reload();
    });
    return button;
  };
  replace(who, signOut());

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) forgetDemoToken();
    showProblem(error instanceof ApiError && error.status === 403 ? tr('cases.forbidden') : error instanceof Error ? error.message : tr('cases.error'));
  };

  const showList = async () => {
    history.replaceState(null, '', '#/');
    const data = await api<CaseListResponse>('/api/cases');
    ctx.me = data.me;
    replace(who, data.me.name ? tr('cases.signedInAs', { name: data.me.name }) : '', ' ', signOut());
    replace(app, caseList(ctx, data, (id) => void showCase(id).catch(fail)));
  };

  const render = (data: CaseDetailResponse) => {
    replace(
      app,
      caseDetail(ctx, data, () => void showList().catch(fail), (action, body, status) => {
        status.classList.remove('error');
        replace(status, tr('cases.loading'));
        api<CaseDetailResponse | { excludedSelf: true }>(`/api/cases/${data.case.id}/${action}`, { method: 'POST', body })
          .then((next) => {
            if ('excludedSelf' in next) return showList();
            render(next);
            const line = document.querySelector('.status-line');
            if (line) replace(line, tr('cases.saved'));
            return undefined;
          })
          .catch((error: unknown) => {
            status.classList.add('error');
            replace(status, error instanceof Error ? error.message : tr('cases.error'));
          });
      }),
    );
  };

  const showCase = async (id: string) => {
    history.replaceState(null, '', `#/arende/${id}`);
    render(await api<CaseDetailResponse>(`/api/cases/${encodeURIComponent(id)}`));
    window.scrollTo(0, 0);
  };

  const match = /^#\/arende\/([0-9a-f-]{36})$/.exec(location.hash);
  await (match ? showCase(match[1]!) : showList()).catch(fail);
}

void start();
