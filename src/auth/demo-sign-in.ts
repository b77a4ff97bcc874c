import { generateKeyPair, jwtVerify, SignJWT, type CryptoKey } from 'jose';
import { demoPeople, type DemoPerson } from '../directory/demo-people.js';
import type { VerifiedClaims } from './entra-token-verifier.js';
import { TabAuthError } from './tab-identity.js';

const issuer = 'urn:tillit:local-demo-sign-in';
const audience = 'urn:tillit:tabs';

/**
 * The demo sign-in, for running Tillit without Teams credentials (the tab
 * sign-in's `local` mode): the Agents Playground has no tabs and no SSO, so a
 * tab opened in a browser may sign in as one of the demo people — and only those. Tokens are
 * signed with a key pair made at start-up and verified like real ones.
 */
export class DemoSignIn {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
  ) {}

  static async create(): Promise<DemoSignIn> {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    return new DemoSignIn(privateKey, publicKey);
  }

  /** The people one may sign in as. */
  get people(): readonly DemoPerson[] {
    return demoPeople;
  }

  /** A token for a demo person (8 hours); anyone else is refused. */
  async issue(aadObjectId: string): Promise<string> {
    const person = demoPeople.find((p) => p.aadObjectId === aadObjectId.toLowerCase());
    if (!person) throw new TabAuthError('tab_unauthenticated', 'Not a demo person');
    return new SignJWT({ oid: person.aadObjectId, name: person.name })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('8h')
      .sign(this.privateKey);
  }

  async verify(token: string): Promise<VerifiedClaims> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, { issuer, audience, algorithms: ['ES256'] });
      const oid = String(payload.oid ?? '');
      if (!demoPeople.some((p) => p.aadObjectId === oid)) throw new Error('not a demo person');
      return { oid, tid: null, name: typeof payload.name === 'string' ? payload.name : null };
    } catch {
      throw new TabAuthError('tab_unauthenticated', 'Local token failed verification');
    }
  }
}
