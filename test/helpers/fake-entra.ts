import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/**
 * A stand-in for Entra ID: a key set served over HTTP and tokens signed the
 * way Teams SSO tokens are (RS256, `oid`, `tid`, `name`), so the tab's real
 * verification path runs against it.
 */
export class FakeEntra {
  readonly tenantId = '72f988bf-0000-4000-8000-000000000001';
  readonly audience = 'api://tillit.test/11111111-2222-4333-8444-555555555555';
  issuer = '';
  jwksUrl = '';
  private server?: http.Server;
  private key?: { privateKey: CryptoKey; jwk: JWK };

  async start(): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.key = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' } };
    this.server = http.createServer((req, res) => {
      if (req.url === '/keys') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [this.key!.jwk] }));
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.jwksUrl = `${base}/keys`;
    this.issuer = `https://login.microsoftonline.com/${this.tenantId}/v2.0`;
    return this;
  }

  /** The environment that points Tillit's tab sign-in at this fake. */
  env(): Record<string, string> {
    return { TILLIT_TAB_AUDIENCE: this.audience, TILLIT_TAB_ISSUER: this.issuer, TILLIT_TAB_JWKS_URL: this.jwksUrl };
  }

  /** A token for a person; `overrides` forges what a test needs (issuer, audience, expiry, key). */
  async token(
    oid: string,
    overrides: { issuer?: string; audience?: string; expiresIn?: string | number; name?: string; tid?: string; key?: CryptoKey; kid?: string; upn?: string } = {},
  ): Promise<string> {
    return new SignJWT({ oid, tid: overrides.tid ?? this.tenantId, name: overrides.name ?? 'Test Person', ver: '2.0', ...(overrides.upn ? { preferred_username: overrides.upn } : {}) })
      .setProtectedHeader({ alg: 'RS256', kid: overrides.kid ?? 'test-key' })
      .setIssuer(overrides.issuer ?? this.issuer)
      .setAudience(overrides.audience ?? this.audience)
      .setIssuedAt()
      .setExpirationTime(overrides.expiresIn ?? '1h')
      .sign(overrides.key ?? this.key!.privateKey);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
