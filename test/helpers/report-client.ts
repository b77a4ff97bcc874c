import { leadingZeroBits, powHash } from '../../src/reports/proof-of-work.js';

/**
 * Drives the anonymous form and inbox over HTTP like a browser would (plain
 * form posts), and reads what the pages show.
 */
export interface PageResult {
  status: number;
  html: string;
  headers: Headers;
}

/** A complete, valid report as a form post. */
export function reportFields(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return { categories: ['threat'], subject: 'self', unit: 'Socialtjänst', month: '', ongoing: 'yes', text: 'Han sa att han vet var jag bor.', contact: 'yes', lang: 'sv', ...overrides };
}

function encode(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  return params.toString();
}

/** The hidden `name` field's value on a page. */
export function hiddenField(html: string, name: string): string | undefined {
  return new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];
}

/** The receipt code shown on a receipt page (digits only). */
export function receiptCodeOf(html: string): string | undefined {
  return /id="receipt-code">([\d ]+)</.exec(html)?.[1]?.replace(/\s/g, '');
}

/** The visible text of the alert box, if any. */
export function alertText(html: string): string {
  return (/<div class="errors"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Solves a proof-of-work challenge as the page's script does (SHA-256, leading zero bits), natively. */
export function solvePow(challenge: string, bits: number): string {
  for (let nonce = 0; ; nonce++) {
    if (leadingZeroBits(powHash(challenge, String(nonce))) >= bits) return String(nonce);
  }
}

/** How often `send` had to retry on a closed keep-alive connection (reported by the flood test). */
export const transportRetries = { count: 0 };

/**
 * fetch, retried once when a reused keep-alive connection turns out closed
 * by the server before any answer (ECONNRESET, "other side closed") — as
 * browsers do. With server and client in one busy process, the server's
 * keep-alive timer can close a socket just as the client reuses it.
 * Anything else fails the test.
 */
export async function send(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw error;
    transportRetries.count++;
    return fetch(url, init);
  }
}

export class ReportClient {
  /** `defaults` go with every request (the flood test sends `connection: close`: one socket per request, no keep-alive reuse). */
  constructor(
    readonly baseUrl: string,
    private readonly defaults: Record<string, string> = {},
  ) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<PageResult> {
    const res = await send(`${this.baseUrl}${path}`, { headers: { ...this.defaults, ...headers }, redirect: 'manual' });
    return { status: res.status, html: await res.text(), headers: res.headers };
  }

  async post(path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}): Promise<PageResult> {
    const res = await send(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...this.defaults, ...headers },
      body: encode(fields),
      redirect: 'manual',
    });
    return { status: res.status, html: await res.text(), headers: res.headers };
  }

  /** A challenge from the server and its solution, as the page's script posts them. */
  async pow(purpose: 'report' | 'inbox'): Promise<{ pow: string; powNonce: string }> {
    const { challenge, bits } = (await (await send(`${this.baseUrl}/anmalan/utmaning?for=${purpose}`, { headers: this.defaults })).json()) as { challenge: string; bits: number };
    return { pow: challenge, powNonce: solvePow(challenge, bits) };
  }

  /** A fresh form token, as a browser gets it by loading the form. */
  async formToken(): Promise<string> {
    return hiddenField((await this.get('/anmalan')).html, 'token')!;
  }

  /** Loads the form and sends a report; resolves with the page and the receipt code. */
  async report(fields: Record<string, string | string[]> = reportFields(), headers: Record<string, string> = {}): Promise<PageResult & { code?: string }> {
    const page = await this.post('/anmalan', { ...fields, token: await this.formToken(), ...(await this.pow('report')) }, headers);
    return { ...page, code: receiptCodeOf(page.html) };
  }

  /** Opens the inbox with a code; the page carries the session and a reply token. */
  async openInbox(code: string): Promise<PageResult & { session?: string; token?: string }> {
    const page = await this.post('/anmalan/inkorg', { code, lang: 'sv', ...(await this.pow('inbox')) });
    return { ...page, session: hiddenField(page.html, 'session'), token: hiddenField(page.html, 'token') };
  }

  async answer(session: string, token: string, text: string): Promise<PageResult> {
    return this.post('/anmalan/inkorg/svar', { session, token, text, lang: 'sv' });
  }
}
