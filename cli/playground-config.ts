import { demoCurrentUser, demoPeople, demoTenantId, type DemoPerson } from '../src/directory/demo-people.js';

function yamlPerson(p: DemoPerson, indent: string): string {
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
 * The Agents Playground's `.m365agentsplayground.yml` with the demo people
 * (its schema spells UPN "userPrincipleName"). `currentUser` picks who sits
 * at the keyboard, so a second Playground can be someone else.
 */
export function playgroundConfigYaml(currentUser: DemoPerson = demoCurrentUser): string {
  const others = demoPeople.filter((p) => p.id !== currentUser.id).slice(0, 5);
  return [
    'version: "0.1.1"',
    `tenantId: "${demoTenantId}"`,
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
