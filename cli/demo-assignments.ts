import { demoCurrentUser, demoOtherUsers, demoTenantId, type DemoPerson } from '../src/directory/demo-people.js';
import type { DemoAssignment } from '../src/plans/owners/assign-demo-people.js';

const norrtalje = 'norrtalje-2024-2025';
const oskarshamn = 'oskarshamn-2026-2028';

function identity(p: DemoPerson) {
  return { teamsUserId: p.id, aadObjectId: p.aadObjectId, tenantId: demoTenantId, displayName: p.name, email: p.email, upn: p.email };
}

const [bertil, cecilia, david, eva, fredrik] = demoOtherUsers;

/**
 * Who the demo people are in the example plans. Anna (at the
 * keyboard) coordinates and reads both plans and sits in the units that own
 * most measures; the others own other units. A few units are left without
 * anyone on purpose, so "ansvariga" has something to show.
 */
export const demoAssignments: readonly DemoAssignment[] = [
  {
    identity: identity(demoCurrentUser),
    units: ['Samordnarna', 'Enhet för säkerhet, beredskap och systemförvaltning'],
    roles: [
      { plan: norrtalje, role: 'coordinator' },
      { plan: norrtalje, role: 'reader' },
      { plan: oskarshamn, role: 'coordinator' },
      { plan: oskarshamn, role: 'reader' },
    ],
  },
  { identity: identity(bertil!), units: ['Ekonomi-avdelningen', 'Ekonomichefen'], roles: [{ plan: oskarshamn, role: 'reader' }] },
  { identity: identity(cecilia!), units: ['Enhet för mottagning och ekonomiskt bistånd', 'Avdelningen stöd och utveckling'], roles: [{ plan: norrtalje, role: 'reader' }] },
  { identity: identity(david!), units: ['Digitaliseringsavdelningen', 'Säkerhetsavdelningen'], roles: [] },
  { identity: identity(eva!), units: ['Familjehem- och insatsenhet Skadligt bruk och beroende'], roles: [{ plan: norrtalje, role: 'reader' }] },
  { identity: identity(fredrik!), units: ['Kommundirektören', 'Brottsförebyggande samordnaren'], roles: [{ plan: oskarshamn, role: 'reader' }] },
];
