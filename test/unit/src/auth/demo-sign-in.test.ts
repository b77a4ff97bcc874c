import { describe, expect, it } from 'vitest';
import { DemoSignIn } from '../../../../src/auth/demo-sign-in.js';
import { TabAuthError } from '../../../../src/auth/tab-identity.js';

describe('the demo sign-in', () => {
  it('signs in the demo people and verifies their tokens', async () => {
    const local = await DemoSignIn.create();
    const token = await local.issue('5e1a7e57-0000-4000-8000-000000000a02');
    expect(await local.verify(token)).toEqual({ oid: '5e1a7e57-0000-4000-8000-000000000a02', tid: null, name: 'Bertil Berg' });
  });

  it('refuses anyone else, tampered tokens and tokens from another server start', async () => {
    const local = await DemoSignIn.create();
    await expect(local.issue('11111111-2222-4333-8444-555555555555')).rejects.toThrow(TabAuthError);
    const token = await local.issue('5e1a7e57-0000-4000-8000-000000000a02');
    const [h, , s] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ oid: '5e1a7e57-0000-4000-8000-000000000a03' })).toString('base64url')}.${s}`;
    await expect(local.verify(forged)).rejects.toThrow(TabAuthError);
    await expect((await DemoSignIn.create()).verify(token)).rejects.toThrow(TabAuthError);
  });
});
