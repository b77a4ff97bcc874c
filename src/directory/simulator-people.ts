/**
 * The fictional staff of the local Teams simulator (cli/playground-people.ts
 * configures the simulator with the same people; a test keeps the two in
 * step). The tabs' local demo sign-in offers exactly these people, and only
 * when Tillit runs without Teams credentials.
 */
export interface DemoPerson {
  aadObjectId: string;
  name: string;
  email: string;
}

export const demoPeople: readonly DemoPerson[] = [
  ['Anna', 'Andersson', 'a01'],
  ['Bertil', 'Berg', 'a02'],
  ['Cecilia', 'Carlsson', 'a03'],
  ['David', 'Dahl', 'a04'],
  ['Eva', 'Ek', 'a05'],
  ['Fredrik', 'Falk', 'a06'],
].map(([given, sur, n]) => ({
  aadObjectId: `5e1a7e57-0000-4000-8000-000000000${n}`,
  name: `${given} ${sur}`,
  email: `${given!.toLowerCase()}.${sur!.toLowerCase()}@tillit.example`,
}));
