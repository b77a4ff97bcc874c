/** A person in Tillit's directory, as the domain sees them. */
export interface Person {
  id: string;
  aadObjectId: string | null;
  teamsUserId: string | null;
  tenantId: string | null;
  displayName: string | null;
  email: string | null;
  upn: string | null;
  locale: string | null;
  preferredLocale: string | null;
  timeZone: string | null;
  unreachableAt: string | null;
  unreachableReason: string | null;
}

/** What Teams tells us about someone who installed the app or wrote to us. */
export interface TeamsIdentity {
  teamsUserId: string;
  aadObjectId?: string;
  tenantId?: string;
  displayName?: string;
  email?: string;
  upn?: string;
  locale?: string;
  timeZone?: string;
}

/** Lower-cases and trims an e-mail or UPN; empty becomes null. */
export function normaliseEmail(value: string | null | undefined): string | null {
  const v = (value ?? '').trim().toLowerCase();
  return v === '' ? null : v;
}
