import { TillitError } from '../src/errors.js';

/** Why a file in a chat message was not fetched. */
export class FileDownloadError extends TillitError<'download_host' | 'download_too_large' | 'download_failed'> {}

/** Where and how a chat file may be fetched. */
export interface DownloadPolicy {
  maxBytes: number;
  /** For the whole download, redirects included. */
  timeoutMs: number;
  /** Local development only: http(s) on this machine (the Agents Playground, a test server). */
  allowLoopback: boolean;
}

/** Where Teams keeps files sent in chat: the sender's OneDrive, on SharePoint (commercial and government clouds). */
const fileHostSuffixes = ['sharepoint.com', 'sharepoint.us', 'sharepoint-mil.us', 'sharepoint-df.com'] as const;
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
/** SharePoint may send a download through its own host once or twice; never further, never elsewhere. */
const maxRedirects = 3;

/**
 * True when Tillit may fetch this URL: https on a Teams/SharePoint host,
 * or (in local development) this machine. No user:password in the URL, no
 * other scheme, and a host must match a whole label ("evilsharepoint.com" does not).
 */
export function isAllowedFileUrl(raw: string, policy: Pick<DownloadPolicy, 'allowLoopback'>): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'https:' && fileHostSuffixes.some((suffix) => host.endsWith(`.${suffix}`))) return true;
  return policy.allowLoopback && (url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.has(host);
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new FileDownloadError('download_too_large', 'Declared size too large', { bytes: declared });
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FileDownloadError('download_too_large', 'Body too large', { bytes: total });
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Fetches a file a person sent in chat: only from an allowed host, at
 * most `maxBytes` (stopping as soon as more arrives), within the timeout.
 * Redirects are followed by hand, only within the same origin; one to
 * another host is refused, so a link cannot send Tillit elsewhere. No
 * credentials are sent: Teams' download URL carries its own short-lived token.
 */
export async function downloadFile(url: string, policy: DownloadPolicy): Promise<Uint8Array> {
  if (!isAllowedFileUrl(url, policy)) throw new FileDownloadError('download_host', 'File host not allowed');
  const origin = new URL(url).origin;
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(current, { redirect: 'manual', signal, headers: { accept: '*/*' } });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        const next = location ? new URL(location, current) : undefined;
        if (!next || next.origin !== origin || !isAllowedFileUrl(next.href, policy)) throw new FileDownloadError('download_host', 'Redirect to another host');
        if (hop >= maxRedirects) throw new FileDownloadError('download_failed', 'Too many redirects');
        current = next.href;
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new FileDownloadError('download_failed', 'File server refused', { status: response.status });
      }
      return await readCapped(response, policy.maxBytes);
    }
  } catch (error) {
    if (error instanceof FileDownloadError) throw error;
    // A timeout, a refused connection or a broken stream: the message may hold the URL and its token, so it is dropped.
    throw new FileDownloadError('download_failed', 'Download failed', { errorName: error instanceof Error ? error.name : typeof error });
  }
}
