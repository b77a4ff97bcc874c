import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** An RSA signing key with the id it is published under. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function newSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** Signs a JWT (RS256) the way the Bot Framework channel signs its requests to a bot. */
export function signChannelToken(
  key: SigningKey,
  claims: { appId: string; serviceUrl: string; issuer?: string; expiresInSeconds?: number },
): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
  const payload = {
    iss: claims.issuer ?? 'https://api.botframework.com',
    aud: claims.appId,
    serviceurl: claims.serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + (claims.expiresInSeconds ?? 3600),
  };
  const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const signature = sign('RSA-SHA256', Buffer.from(signingInput), key.privateKey);
  return `${signingInput}.${b64url(signature)}`;
}

/**
 * A local stand-in for login.botframework.com's OpenID metadata and key set,
 * publishing only `trusted` keys (endorsed for msteams).
 */
export class FakeOpenIdServer {
  private server?: http.Server;
  metadataUrl = '';
  /** Requests for the metadata document and for the key set. */
  requests = 0;
  constructor(private readonly trusted: SigningKey[]) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.requests++;
      const base = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
      if (req.url === '/v1/.well-known/openidconfiguration') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/v1/.well-known/keys` }));
        return;
      }
      if (req.url === '/v1/.well-known/keys') {
        const keys = this.trusted.map((k) => ({ ...k.publicKey.export({ format: 'jwk' }), kid: k.kid, kty: 'RSA', use: 'sig', endorsements: ['msteams'] }));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys }));
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.metadataUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Signs an arbitrary header and payload with RS256, or returns it unsigned / HMAC-signed, for forgeries. */
export function craftToken(header: Record<string, unknown>, payload: Record<string, unknown>, sign: (input: string) => string): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return `${input}.${sign(input)}`;
}

/** The claims a genuine channel token for this bot has. */
export function channelClaims(appId: string, serviceUrl: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600 };
}

/**
 * A key endpoint that accepts connections and never answers (the socket
 * stays open), counting how many connections were made.
 */
export class HangingServer {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  connections = 0;
  url = '';

  async start(): Promise<this> {
    this.server = net.createServer((socket) => {
      this.connections++;
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** An address where nothing listens (a port that was bound once and closed again). */
export async function unreachableUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`;
}
