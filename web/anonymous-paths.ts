/** Where the anonymous form and the reporter's inbox are mounted (web/report-form-routes.ts). */
export const anonymousMount = '/anmalan';

/** True for the anonymous form's and inbox's paths as express matches them (any case, repeated slashes). */
export function isAnonymousPath(path: string): boolean {
  return /^\/+anmalan(?:\/|$)/i.test(path);
}
