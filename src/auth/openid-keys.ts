import http from 'node:http';
import https from 'node:https';
import { z } from 'zod';
import { TillitError } from '../errors.js';

/** The key service could not be reached in time; the caller answers 503 with Retry-After. */
export class KeysUnavailableError extends TillitError<'auth_keys_unavailable'> {
  constructor(readonly retryAfterSeconds: number) {
    super('auth_keys_unavailable', 'Signing keys could not be fetched', { retryAfterSeconds });
  }
}

/** One published signing key (a JWK) with the channels that endorse it. */
export interface PublishedKey {
  kid: string;
  jwk: Record<string, unknown>;
  endorsements: readonly string[];
}

export interface OpenIdKeyOptions {
  /** The OpenID metadata document, whose `jwks_uri` names the key set. */
  metadataUrl: string;
  /** Per HTTP request. */
  timeoutMs?: number;
  /** How long fetched keys are trusted before they are fetched again. */
  maxAgeMs?: number;
  /** The least time between two fetches for a key id not in the set (a forged kid must not make us fetch). */
  minRefreshMs?: number;
  /** After a failed fetch, how long requests are answered 503 at once instead of waiting again. */
  retryAfterMs?: number;
  now?: () => number;
}

const maxAnswerBytes = 1_000_000;

const metadataSchema = z.object({ jwks_uri: z.string().url().max(2048) });
const keySetSchema = z.object({
  keys: z
    .array(z.looseObject({ kid: z.string().min(1).max(256), kty: z.string(), endorsements: z.array(z.string()).optional() }))
    .max(100),
});

interface KeySet {
  keys: ReadonlyMap<string, PublishedKey>;
  fetchedAt: number;
}

/**
 * The Bot Framework's signing keys, fetched from its OpenID metadata with a
 * bound on everything an unreachable or hanging key service could cost:
 * each HTTP request times out after a few seconds, only one fetch is in
 * flight at a time (every waiting request shares it), keys are cached, and
 * after a failure requests are refused at once (503) for a short while
 * instead of each waiting again.
 */
export class OpenIdKeys {
  readonly #options: Required<OpenIdKeyOptions>;
  #set: KeySet | undefined;
  #inFlight: Promise<KeySet> | undefined;
  #failedAt: number | undefined;

  constructor(options: OpenIdKeyOptions) {
    this.#options = {
      timeoutMs: 3000,
      maxAgeMs: 24 * 60 * 60 * 1000,
      minRefreshMs: 5 * 60 * 1000,
      retryAfterMs: 10_000,
      now: Date.now,
      ...options,
    };
  }

  /** Seconds a refused caller is told to wait. */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.#options.retryAfterMs / 1000));
  }

  /**
   * The key with this id, or undefined when the key service (reached
   * recently) does not publish it. Throws KeysUnavailableError when keys
   * cannot be had.
   */
  async key(kid: string): Promise<PublishedKey | undefined> {
    const now = this.#options.now();
    const set = this.#set;
    const fresh = set !== undefined && now - set.fetchedAt < this.#options.maxAgeMs;
    if (fresh && set.keys.has(kid)) return set.keys.get(kid);
    if (fresh && now - set.fetchedAt < this.#options.minRefreshMs) return undefined;
    if (this.#failedAt !== undefined && now - this.#failedAt < this.#options.retryAfterMs) {
      if (set?.keys.has(kid)) return set.keys.get(kid);
      throw new KeysUnavailableError(this.retryAfterSeconds);
    }
    try {
      return (await this.#refresh()).keys.get(kid);
    } catch {
      // Keys we already had stay good when the service is down for a while.
      if (set?.keys.has(kid)) return set.keys.get(kid);
      throw new KeysUnavailableError(this.retryAfterSeconds);
    }
  }

  #refresh(): Promise<KeySet> {
    this.#inFlight ??= this.#fetchKeys().then(
      (set) => {
        this.#set = set;
        this.#failedAt = undefined;
        this.#inFlight = undefined;
        return set;
      },
      (error: unknown) => {
        this.#failedAt = this.#options.now();
        this.#inFlight = undefined;
        throw error;
      },
    );
    return this.#inFlight;
  }

  async #fetchKeys(): Promise<KeySet> {
    const metadata = metadataSchema.parse(await this.#getJson(this.#options.metadataUrl));
    const keySet = keySetSchema.parse(await this.#getJson(metadata.jwks_uri));
    const keys = new Map<string, PublishedKey>();
    for (const jwk of keySet.keys) {
      const { endorsements, ...rest } = jwk;
      keys.set(jwk.kid, { kid: jwk.kid, jwk: rest, endorsements: endorsements ?? [] });
    }
    return { keys, fetchedAt: this.#options.now() };
  }

  /** One GET on its own connection (no pool that could reconnect behind our back), bounded in time and size. */
  #getJson(url: string): Promise<unknown> {
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = client.get(target, { agent: false, headers: { accept: 'application/json' } }, (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          request.destroy();
          reject(new Error(`Key service answered ${response.statusCode}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxAnswerBytes) request.destroy(new Error('Key service answer too large'));
          else chunks.push(chunk);
        });
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
          } catch (error) {
            reject(error instanceof Error ? error : new Error('Unreadable key service answer'));
          }
        });
        response.on('error', reject);
      });
      const timer = setTimeout(() => request.destroy(new Error('Key service timed out')), this.#options.timeoutMs);
      request.on('close', () => clearTimeout(timer));
      request.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }
}
