import type { TabAuthenticator } from '../../web/tab-authentication.js';

/**
 * Stands in for Teams SSO in tests: "Bearer test-<personId>" is that person.
 * The real verification is the shared tab-authentication module's job.
 */
export const fakeTabAuthentication: TabAuthenticator = async (req) => {
  const match = /^Bearer test-([0-9a-f-]{36})$/.exec(req.headers.authorization ?? '');
  return match ? { personId: match[1]! } : undefined;
};
