/**
 * Who may see a restricted client record (GDPR Art. 18: stored, not otherwise processed). Only the
 * owner, who answers for the request and the retention duty; for every other role the record does
 * not exist. Unknown input refuses.
 */
import type { Role } from '../access/roles.ts';

export function mayAccessRestricted(role: Role): boolean {
  return role === 'owner';
}

/** Whether `role` may see a client whose `restrictedAt` is as stored. */
export function clientVisibleTo(role: Role, restrictedAt: string | null): boolean {
  return restrictedAt === null || mayAccessRestricted(role);
}
