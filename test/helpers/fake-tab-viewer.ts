import type { FindTabViewer } from '../../web/tab-viewer.js';

/**
 * Stands in for Teams SSO in tests: "Bearer test-<personId>" is that person.
 * The real verification is web/tab-viewer.ts's job (tabViewerFromSignIn).
 */
export const fakeTabViewer: FindTabViewer = async (req) => {
  const match = /^Bearer test-([0-9a-f-]{36})$/.exec(req.headers.authorization ?? '');
  return match ? { personId: match[1]! } : undefined;
};
