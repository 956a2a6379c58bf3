/**
 * Organizations and their members: settings, adding staff with a role, changing roles, removing.
 * Also used by the CLI (`org create`, `user create`) and the demo seed, with a system actor.
 */
import { randomUUID } from 'node:crypto';
import type { Member, MemberCreate, Organization, OrganizationUpdate } from '../../api/organizations.ts';
import { checkNewPassword } from '../../domain/access/password-policy.ts';
import { can, isRole, type Role } from '../../domain/access/roles.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { checkLocale, checkTimeZone, DEFAULT_LOCALE } from '../../domain/locale/locales.ts';
import { checkPhone } from '../../domain/organizations/phone.ts';
import { checkSlug, slugify } from '../../domain/organizations/slug.ts';
import { DEFAULT_MIN_CELL_SIZE, MIN_CELL_SIZE_RANGE } from '../../domain/outcomes/disclosure.ts';
import { CRISIS_MESSAGE_MAX_LENGTH } from '../../domain/portal/crisis.ts';
import type { Actor } from '../audit/audit-log.ts';
import { hashPassword } from '../auth/password.ts';
import { deleteUserSessions } from '../auth/sessions.repository.ts';
import * as users from '../auth/users.repository.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import * as repo from './repository.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createOrganization(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; slug?: string | undefined },
): Promise<Organization> {
  const name = input.name.trim();
  if (!name) throw invalid('name', 'required');
  const slug = checkSlug(input.slug ?? slugify(name));
  const id = randomUUID();
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    if (await repo.findOrganizationBySlug(trx, slug)) throw conflict('organization-slug-taken', { slug });
    await repo.insertOrganization(trx, { id, slug, name, now });
    await ctx.audit.append(trx, actor, {
      organizationId: id,
      action: 'organization.create',
      entityType: 'organization',
      entityId: id,
      details: { slug },
    });
    return {
      id,
      slug,
      name,
      requireTwoFactor: false,
      timezone: 'UTC',
      locale: DEFAULT_LOCALE,
      crisisMessage: null,
      minCellSize: DEFAULT_MIN_CELL_SIZE,
      phone: null,
      ceqThreshold: null,
      createdAt: now,
    };
  });
}

export async function getOrganization(ctx: AppContext, scope: OrgScope): Promise<Organization> {
  const o = await repo.getOrganization(ctx.db.kysely, scope.organizationId);
  if (!o) throw notFound('Organization');
  return {
    id: o.id,
    slug: o.slug,
    name: o.name,
    requireTwoFactor: o.require_two_factor === 1,
    timezone: o.timezone,
    locale: o.locale,
    crisisMessage: o.crisis_message,
    minCellSize: o.min_cell_size,
    phone: o.phone,
    ceqThreshold: o.ceq_threshold,
    createdAt: o.created_at,
  };
}

export async function updateOrganization(
  ctx: AppContext,
  scope: OrgScope,
  patch: OrganizationUpdate,
): Promise<Organization> {
  const name = patch.name?.trim();
  if (patch.name !== undefined && !name) throw invalid('name', 'required');
  const timezone = patch.timezone === undefined ? undefined : checkTimeZone('timezone', patch.timezone);
  const locale = patch.locale === undefined ? undefined : checkLocale('locale', patch.locale);
  // Blank means "use the default": stored as null, so the portal falls back to the built-in text.
  const crisisMessage = patch.crisisMessage === undefined ? undefined : patch.crisisMessage?.trim() || null;
  if (crisisMessage && crisisMessage.length > CRISIS_MESSAGE_MAX_LENGTH) {
    throw invalid('crisisMessage', 'max-length', { max: CRISIS_MESSAGE_MAX_LENGTH });
  }
  const { minCellSize } = patch;
  if (
    minCellSize !== undefined &&
    !(
      Number.isInteger(minCellSize) &&
      minCellSize >= MIN_CELL_SIZE_RANGE.min &&
      minCellSize <= MIN_CELL_SIZE_RANGE.max
    )
  ) {
    throw invalid('minCellSize', 'integer-between', {
      min: MIN_CELL_SIZE_RANGE.min,
      max: MIN_CELL_SIZE_RANGE.max,
    });
  }
  const phone =
    patch.phone === undefined ? undefined : patch.phone?.trim() ? checkPhone('phone', patch.phone) : null;
  await transaction(ctx, async (trx) => {
    await repo.updateOrganization(
      trx,
      scope.organizationId,
      {
        name,
        requireTwoFactor: patch.requireTwoFactor,
        timezone,
        locale,
        crisisMessage,
        minCellSize,
        phone,
        ceqThreshold: patch.ceqThreshold,
      },
      new Date().toISOString(),
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'organization.update',
      entityType: 'organization',
      entityId: scope.organizationId,
      details: {
        ...(name !== undefined ? { name } : {}),
        ...(patch.requireTwoFactor !== undefined ? { requireTwoFactor: patch.requireTwoFactor } : {}),
        ...(timezone !== undefined ? { timezone } : {}),
        ...(locale !== undefined ? { locale } : {}),
        ...(crisisMessage !== undefined ? { crisisMessage } : {}),
        ...(minCellSize !== undefined ? { minCellSize } : {}),
        ...(phone !== undefined ? { phone } : {}),
        ...(patch.ceqThreshold !== undefined ? { ceqThreshold: patch.ceqThreshold } : {}),
      },
    });
  });
  return getOrganization(ctx, scope);
}

export async function listMembers(ctx: AppContext, scope: OrgScope): Promise<Member[]> {
  const rows = await repo.listMembers(ctx.db.kysely, scope.organizationId);
  return rows
    .filter((r) => isRole(r.role))
    .map((r) => ({
      userId: r.id,
      email: r.email,
      name: r.name,
      role: r.role as Role,
      totpEnabled: !!r.totp_enabled_at,
      disabled: !!r.disabled_at,
      joinedAt: r.created_at,
    }));
}

/**
 * Adds a member. A new email gets an account with the given initial password. An existing account
 * (staff of another organization) is added only with `allowExisting` — the administrator's CLI —
 * because an owner must not be able to pull another organization's staff into their own, nor read
 * their details. An existing account keeps its own password.
 */
export async function addMember(
  ctx: AppContext,
  organizationId: string,
  actor: Actor,
  input: MemberCreate,
  opts: { allowExisting: boolean } = { allowExisting: false },
): Promise<Member> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw invalid('email', 'email');
  const name = input.name.trim();
  if (!name) throw invalid('name', 'required');
  const existing = await users.findUserByEmail(ctx.db.kysely, email);
  if (existing && !opts.allowExisting) {
    throw conflict('account-exists', { email });
  }
  let passwordHash: string | null = null;
  if (!existing) {
    if (!input.password) throw invalid('password', 'required-new-account');
    passwordHash = await hashPassword(checkNewPassword(input.password, 'password', email));
  }
  const now = new Date().toISOString();
  const userId = existing?.id ?? randomUUID();
  await transaction(ctx, async (trx) => {
    if (!(await repo.getOrganization(trx, organizationId))) throw notFound('Organization');
    if (existing && (await repo.getMembership(trx, organizationId, existing.id))) {
      throw conflict('member-already', { email });
    }
    if (!existing) {
      await users.insertUser(trx, { id: userId, email, name, passwordHash: passwordHash!, now });
      await ctx.audit.append(trx, actor, {
        organizationId,
        action: 'user.create',
        entityType: 'user',
        entityId: userId,
        details: { email },
      });
    }
    await repo.insertMembership(trx, organizationId, userId, input.role, now);
    await ctx.audit.append(trx, actor, {
      organizationId,
      action: 'member.add',
      entityType: 'user',
      entityId: userId,
      details: { email, role: input.role },
    });
  });
  const user = (await users.getUser(ctx.db.kysely, userId))!;
  return {
    userId,
    email: user.email,
    name: user.name,
    role: input.role,
    totpEnabled: !!user.totp_enabled_at,
    disabled: !!user.disabled_at,
    joinedAt: now,
  };
}

/**
 * Locks the organization's members, then checks — as of now, not as of when the request arrived —
 * that the actor may still manage members and that the change leaves another owner. Two owners
 * demoting or removing each other at the same moment: the second waits for the lock and is refused.
 */
async function lockAndCheck(ctx: AppContext, trx: Tx, scope: OrgScope, userId: string, demotes: boolean) {
  await repo.lockMembers(trx, ctx.db.dialect, scope.organizationId);
  if (scope.actor.userId) {
    const mine = await repo.getMembership(trx, scope.organizationId, scope.actor.userId);
    if (!mine || !isRole(mine.role) || !can(mine.role, 'member.manage')) {
      throw conflict('own-role-changed');
    }
  }
  const m = await repo.getMembership(trx, scope.organizationId, userId);
  if (!m) throw notFound('Member');
  if (demotes && m.role === 'owner' && (await repo.countOwners(trx, scope.organizationId)) <= 1) {
    throw conflict('last-owner');
  }
  return m;
}

export async function changeRole(
  ctx: AppContext,
  scope: OrgScope,
  userId: string,
  role: Role,
): Promise<Member> {
  await transaction(ctx, async (trx) => {
    const m = await lockAndCheck(ctx, trx, scope, userId, role !== 'owner');
    await repo.updateMembershipRole(trx, scope.organizationId, userId, role);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'member.role-change',
      entityType: 'user',
      entityId: userId,
      details: { from: m.role, to: role },
    });
  });
  const member = (await listMembers(ctx, scope)).find((m) => m.userId === userId);
  if (!member) throw notFound('Member');
  return member;
}

export async function removeMember(ctx: AppContext, scope: OrgScope, userId: string): Promise<void> {
  await transaction(ctx, async (trx) => {
    const m = await lockAndCheck(ctx, trx, scope, userId, true);
    await repo.deleteMembership(trx, scope.organizationId, userId);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'member.remove',
      entityType: 'user',
      entityId: userId,
      details: { role: m.role },
    });
  });
}

/** An administrator's password reset (CLI): sets a new password and ends the user's sessions. */
export async function resetPassword(
  ctx: AppContext,
  actor: Actor,
  email: string,
  password: string,
): Promise<void> {
  const user = await users.findUserByEmail(ctx.db.kysely, email);
  if (!user) throw invalid('email', 'no-user-email', { value: email.trim().toLowerCase() });
  const passwordHash = await hashPassword(checkNewPassword(password, 'password', user.email));
  await transaction(ctx, async (trx) => {
    await users.setPassword(trx, user.id, passwordHash, new Date().toISOString());
    await deleteUserSessions(trx, user.id);
    await ctx.audit.append(trx, actor, {
      organizationId: null,
      action: 'auth.password-reset',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
