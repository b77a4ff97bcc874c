/**
 * The people of the local Teams simulator: fictional municipal staff, so
 * the demo reads like a Swedish municipality. Anna is the one at the
 * keyboard; the others exist so group chats and "someone else" can be tried.
 * The simulator requires exactly five other users.
 */
export interface SimulatedPerson {
  id: string;
  name: string;
  givenName: string;
  surname: string;
  email: string;
  aadObjectId: string;
}

export const simulatorTenantId = '5e1a7e57-0000-4000-8000-000000000001';

export const simulatorCurrentUser: SimulatedPerson = {
  id: '29:anna-andersson',
  name: 'Anna Andersson',
  givenName: 'Anna',
  surname: 'Andersson',
  email: 'anna.andersson@tillit.example',
  aadObjectId: '5e1a7e57-0000-4000-8000-000000000a01',
};

export const simulatorOtherUsers: readonly SimulatedPerson[] = [
  ['bertil-berg', 'Bertil', 'Berg', 'a02'],
  ['cecilia-carlsson', 'Cecilia', 'Carlsson', 'a03'],
  ['david-dahl', 'David', 'Dahl', 'a04'],
  ['eva-ek', 'Eva', 'Ek', 'a05'],
  ['fredrik-falk', 'Fredrik', 'Falk', 'a06'],
].map(([slug, given, sur, n]) => ({
  id: `29:${slug}`,
  name: `${given} ${sur}`,
  givenName: given!,
  surname: sur!,
  email: `${given!.toLowerCase()}.${sur!.toLowerCase()}@tillit.example`,
  aadObjectId: `5e1a7e57-0000-4000-8000-000000000${n}`,
}));

function yamlPerson(p: SimulatedPerson, indent: string): string {
  return [
    `${indent}id: "${p.id}"`,
    `${indent}name: "${p.name}"`,
    `${indent}userPrincipleName: "${p.email}"`,
    `${indent}aadObjectId: "${p.aadObjectId}"`,
    `${indent}givenName: "${p.givenName}"`,
    `${indent}surname: "${p.surname}"`,
    `${indent}email: "${p.email}"`,
  ].join('\n');
}

/**
 * The simulator's `.m365agentsplayground.yml` (its schema spells UPN
 * "userPrincipleName"). `currentUser` picks who sits at the keyboard, so a
 * second simulator can be someone else.
 */
export function playgroundConfigYaml(currentUser: SimulatedPerson = simulatorCurrentUser): string {
  const everyone = [simulatorCurrentUser, ...simulatorOtherUsers];
  const others = everyone.filter((p) => p.id !== currentUser.id).slice(0, 5);
  return [
    'version: "0.1.1"',
    `tenantId: "${simulatorTenantId}"`,
    'bot:',
    '  id: "28:tillit-local-bot"',
    '  name: "Tillit"',
    'currentUser:',
    yamlPerson(currentUser, '  '),
    'users:',
    ...others.map((p) => `  - ${yamlPerson(p, '    ').trimStart()}`),
    'personalChat:',
    `  id: "a:tillit-personal-${currentUser.id.slice(3)}"`,
    'groupChat:',
    '  id: "19:tillit-samordning@thread.v2"',
    '  name: "Samordning välfärdsbrott"',
    'team:',
    '  id: "19:tillit-general@thread.tacv2"',
    '  name: "Säkerhet och beredskap"',
    '  aadGroupId: "5e1a7e57-0000-4000-8000-00000000e001"',
    '  channels:',
    '    - id: "19:tillit-handlingsplan@thread.tacv2"',
    '      name: "Handlingsplan"',
    '',
  ].join('\n');
}
