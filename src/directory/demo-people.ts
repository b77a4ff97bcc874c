/**
 * The demo: Tillit tried out without Teams credentials (`tillit start`), with
 * fictional municipal staff so it reads like a Swedish municipality. The same
 * people sit at Microsoft's Agents Playground (cli/playground-config.ts), may
 * use the tabs' demo sign-in (src/auth/demo-sign-in.ts), handle reports and
 * own units in the example plans (cli/demo-assignments.ts). Anna is the one
 * at the keyboard; the Playground requires exactly five others.
 */
export interface DemoPerson {
  /** Teams user id ("29:…"). */
  id: string;
  aadObjectId: string;
  name: string;
  givenName: string;
  surname: string;
  email: string;
}

export const demoTenantId = '5e1a7e57-0000-4000-8000-000000000001';

export const demoPeople: readonly DemoPerson[] = [
  ['anna-andersson', 'Anna', 'Andersson', 'a01'],
  ['bertil-berg', 'Bertil', 'Berg', 'a02'],
  ['cecilia-carlsson', 'Cecilia', 'Carlsson', 'a03'],
  ['david-dahl', 'David', 'Dahl', 'a04'],
  ['eva-ek', 'Eva', 'Ek', 'a05'],
  ['fredrik-falk', 'Fredrik', 'Falk', 'a06'],
].map(([slug, given, sur, n]) => ({
  id: `29:${slug}`,
  aadObjectId: `5e1a7e57-0000-4000-8000-000000000${n}`,
  name: `${given} ${sur}`,
  givenName: given!,
  surname: sur!,
  email: `${given!.toLowerCase()}.${sur!.toLowerCase()}@tillit.example`,
}));

/** Anna Andersson, at the keyboard of the Playground. */
export const demoCurrentUser: DemoPerson = demoPeople[0]!;

/** Everyone else, in the Playground's list of users. */
export const demoOtherUsers: readonly DemoPerson[] = demoPeople.slice(1);
