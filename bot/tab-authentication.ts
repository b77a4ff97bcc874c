import type { Request } from 'express';
import type { AppServices } from './app-services.js';

/**
 * Who is asking from a Teams tab: the person whose Teams SSO token (sent as
 * `Authorization: Bearer …` by teams-js) the server verified, or undefined
 * when there is no valid token.
 */
export type TabAuthenticator = (req: Request, app: AppServices) => Promise<{ personId: string } | undefined>;

/**
 * Until the shared tab-authentication module (built with the anonymous
 * reports' case view) is wired in, no tab request is authenticated: the
 * dashboard answers 401 and shows "could not sign you in". Tillit does not
 * carry a second, separate token check of its own.
 */
export const pendingTabAuthentication: TabAuthenticator = async () => undefined;
