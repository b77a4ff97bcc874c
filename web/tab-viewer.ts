import type { Request } from 'express';
import { TabAuthError } from '../src/auth/tab-identity.js';
import type { AppServices } from '../app/app-services.js';

/**
 * Who is asking from a Teams tab (the dashboard routes take this, so tests can
 * stand in for the sign-in): the person whose token (Teams SSO, or the
 * local demo sign-in) the server verified, or undefined when there is no
 * valid token or the person is unknown to Tillit.
 */
export type FindTabViewer = (req: Request, app: AppServices) => Promise<{ personId: string } | undefined>;

/** The one shared tab sign-in (web/tab-sign-in.ts), as the dashboard's routes use it. */
export const tabViewerFromSignIn: FindTabViewer = async (req, app) => {
  try {
    const identity = await (await app.tabAuthenticator()).authenticate(req.headers.authorization);
    return identity.person ? { personId: identity.person.id } : undefined;
  } catch (error) {
    if (error instanceof TabAuthError) return undefined;
    throw error;
  }
};
