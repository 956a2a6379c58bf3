/**
 * The rules for API tokens (bearer credentials for machine clients). A token acts as one staff
 * member in one organization and may perform an action only when BOTH its scopes name the action
 * AND the member's current role allows it: a token never exceeds its user, even after the user's
 * role is narrowed. Managing tokens is never a token scope, so a token cannot mint another.
 */
import { invalid } from '../errors.ts';
import { ACTIONS, type Action, can, type Role } from './roles.ts';

/** The actions a token may be granted: every action except managing tokens. */
export const TOKEN_SCOPES: readonly Action[] = ACTIONS.filter((a) => a !== 'token.manage');

/** Every scope a token of a member with `role` may hold. */
export const scopesOfRole = (role: Role): Action[] => TOKEN_SCOPES.filter((a) => can(role, a));

export const TOKEN_EXPIRY_DAYS = { min: 1, max: 365, default: 90 } as const;

/** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'thr_';

/**
 * The scopes a new token for a member with `role` may hold: each must be a known token scope the
 * role allows. Refuses (naming `field`) rather than dropping what it cannot grant.
 */
export function checkTokenScopes(role: Role, requested: readonly string[], field = 'scopes'): Action[] {
  if (requested.length === 0) throw invalid(field, 'name-at-least-one-action');
  const out: Action[] = [];
  for (const s of requested) {
    if (!(TOKEN_SCOPES as readonly string[]).includes(s)) throw invalid(field, 'not-token-scope', { s });
    if (!can(role, s as Action)) throw invalid(field, 'not-allowed-role', { s, role });
    if (!out.includes(s as Action)) out.push(s as Action);
  }
  return out;
}

/** Whether a token with `scopes`, held by a member whose role is now `role`, may perform `action`. */
export function tokenAllows(role: Role, scopes: readonly string[], action: Action): boolean {
  return scopes.includes(action) && can(role, action) && action !== 'token.manage';
}

/** The expiry of a token created at `now` for `days` days; refuses a number outside the bounds. */
export function tokenExpiry(now: Date, days: number, field = 'expiresInDays'): string {
  if (!Number.isInteger(days) || days < TOKEN_EXPIRY_DAYS.min || days > TOKEN_EXPIRY_DAYS.max)
    throw invalid(field, 'days-between', { min: TOKEN_EXPIRY_DAYS.min, max: TOKEN_EXPIRY_DAYS.max });
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

/** A token is usable until it expires or is revoked. */
export function tokenUsable(t: { expires_at: string; revoked_at: string | null }, now: Date): boolean {
  return t.revoked_at === null && Date.parse(t.expires_at) > now.getTime();
}
