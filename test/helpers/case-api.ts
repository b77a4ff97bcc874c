/** Calls the case view's JSON API as the tab's script does. */
export class CaseApi {
  constructor(
    readonly baseUrl: string,
    private readonly token: string | undefined,
  ) {}

  async call(path: string, init: { method?: string; body?: unknown; token?: string | null } = {}): Promise<{ status: number; body: any }> {
    const token = init.token === null ? undefined : (init.token ?? this.token);
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'),
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  list() {
    return this.call('/api/cases');
  }

  open(id: string) {
    return this.call(`/api/cases/${id}`);
  }

  act(id: string, action: string, body: Record<string, unknown> = {}) {
    return this.call(`/api/cases/${id}/${action}`, { body });
  }
}
