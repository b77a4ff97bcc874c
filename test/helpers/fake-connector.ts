import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  /** Present for replies/updates: the activity id in the URL. */
  activityId?: string;
  body: any;
  at: number;
  /** The Authorization header the bot sent, if any (its bearer token). */
  authorization?: string;
}

/** A scripted answer; return undefined to let the default (200 + id) answer. */
export type ConnectorPolicy = (call: ConnectorCall) => { status: number; headers?: Record<string, string>; body?: unknown } | undefined;

/** A member as GET /v3/conversations/{id}/members/{member} returns it. */
export interface FakeMember {
  id: string;
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
}

/**
 * A local stand-in for the Bot Framework connector: records every activity
 * the bot sends, answers member lookups, and can be told to fail (429 with
 * Retry-After, 5xx, 403, 404) to test delivery.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  readonly members = new Map<string, FakeMember>();
  policy: ConnectorPolicy = () => undefined;
  /** Holds every answer to a sent activity this long, so a test can catch sends in flight. */
  answerDelayMs = 0;
  /** Requests received and not yet answered. */
  open = 0;
  private server?: http.Server;
  private counter = 0;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Activities sent (posted or put) to a conversation, in order. */
  sent(conversationId?: string): ConnectorCall[] {
    return this.calls.filter(
      (c) => (c.method === 'POST' || c.method === 'PUT') && c.path.includes('/activities') && (!conversationId || c.conversationId === conversationId),
    );
  }

  /** The Adaptive Cards in what was sent, in order. */
  cards(conversationId?: string): any[] {
    return this.sent(conversationId).flatMap((c) =>
      (c.body?.attachments ?? []).filter((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a: any) => a.content),
    );
  }

  clear(): void {
    this.calls.length = 0;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.open++;
    res.once('close', () => this.open--);
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return; // the caller went away mid-request (a killed process)
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    // v3 / conversations / {id} / (activities [/ {activityId}] | members / {memberId})
    const call: ConnectorCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      conversationId: parts[2] ?? '',
      activityId: parts[3] === 'activities' ? parts[4] : undefined,
      body: raw ? safeJson(raw) : undefined,
      at: Date.now(),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    this.calls.push(call);
    const scripted = this.policy(call);
    if (this.answerDelayMs > 0 && call.path.includes('/activities')) await new Promise((r) => setTimeout(r, this.answerDelayMs));
    if (scripted) {
      res.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
      res.end(JSON.stringify(scripted.body ?? {}));
      return;
    }
    if (parts[3] === 'members' && parts[4]) {
      const member = this.members.get(parts[4]);
      res.writeHead(member ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(member ?? { error: { code: 'MemberNotFound' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: call.activityId && call.method === 'PUT' ? call.activityId : `act-${++this.counter}` }));
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
