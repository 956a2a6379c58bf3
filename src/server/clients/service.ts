/**
 * Client records: create, view (audited), list and search, edit with optimistic versioning,
 * archive and restore. Clinical notes are read and written only by roles allowed to.
 */
import { randomUUID } from 'node:crypto';
import type { Client, ClientCreate, ClientList, ClientListQuery, ClientUpdate } from '../../api/clients.ts';
import type { PortalLanguage } from '../../api/portal.ts';
import { can } from '../../domain/access/roles.ts';
import { checkNotesWrite, normalizeClient } from '../../domain/clients/client.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { visibleClient } from '../data-rights/visibility.ts';
import * as repo from './repository.ts';

/** The stored portal language; anything unexpected reads as English, as the portal does. */
const languageOf = (r: repo.ClientRow): PortalLanguage => (r.language === 'nl' ? 'nl' : 'en');

function toClient(r: repo.ClientRow, scope: OrgScope): Client {
  const c: Client = {
    id: r.id,
    givenName: r.given_name,
    familyName: r.family_name,
    preferredName: r.preferred_name,
    dateOfBirth: r.date_of_birth,
    sexAtBirth: r.sex_at_birth as Client['sexAtBirth'],
    gender: r.gender,
    email: r.email,
    phone: r.phone,
    address: r.address,
    emergencyContact: {
      name: r.emergency_contact_name,
      relationship: r.emergency_contact_relationship,
      phone: r.emergency_contact_phone,
    },
    language: languageOf(r),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
  };
  if (can(scope.role, 'client.notes.read')) c.notes = r.notes;
  if (r.restricted_at) c.restrictedAt = r.restricted_at;
  return c;
}

/** Fields that changed, by name, for the audit entry (names only: no health data in the audit trail). */
function changedFields(before: repo.ClientRow, after: repo.ClientRecord): string[] {
  const pairs: Array<[string, unknown, unknown]> = [
    ['givenName', before.given_name, after.givenName],
    ['familyName', before.family_name, after.familyName],
    ['preferredName', before.preferred_name, after.preferredName],
    ['dateOfBirth', before.date_of_birth, after.dateOfBirth],
    ['sexAtBirth', before.sex_at_birth, after.sexAtBirth],
    ['gender', before.gender, after.gender],
    ['email', before.email, after.email],
    ['phone', before.phone, after.phone],
    ['address', before.address, after.address],
    ['emergencyContact.name', before.emergency_contact_name, after.emergencyContact.name],
    [
      'emergencyContact.relationship',
      before.emergency_contact_relationship,
      after.emergencyContact.relationship,
    ],
    ['emergencyContact.phone', before.emergency_contact_phone, after.emergencyContact.phone],
    ['notes', before.notes, after.notes],
    ['language', languageOf(before), after.language],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([k]) => k);
}

export async function createClient(ctx: AppContext, scope: OrgScope, input: ClientCreate): Promise<Client> {
  return transaction(ctx, (trx) => createClientIn(ctx, trx, scope, input));
}

/** `createClient` inside the caller's transaction (a FHIR transaction Bundle imports a Patient). */
export async function createClientIn(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  input: ClientCreate,
): Promise<Client> {
  checkNotesWrite(scope.role, input);
  const fields: repo.ClientRecord = { ...normalizeClient(input), language: input.language ?? 'en' };
  const id = randomUUID();
  const now = new Date().toISOString();
  await repo.insertClient(trx, scope.organizationId, id, fields, now);
  await ctx.audit.append(trx, scope.actor, {
    organizationId: scope.organizationId,
    action: 'client.create',
    entityType: 'client',
    entityId: id,
  });
  return toClient((await repo.getClient(trx, scope.organizationId, id))!, scope);
}

export async function viewClient(ctx: AppContext, scope: OrgScope, id: string): Promise<Client> {
  // Durable before the record leaves (AuditLog.auditedRead); a client not found is not audited.
  const row = await ctx.audit.auditedRead(
    ctx.db,
    scope.actor,
    async (trx) => {
      const found = await visibleClient(trx, scope, id);
      if (!found) throw notFound('Client');
      return found;
    },
    () => ({
      organizationId: scope.organizationId,
      action: 'client.view',
      entityType: 'client',
      entityId: id,
    }),
  );
  return toClient(row, scope);
}

export async function listClients(ctx: AppContext, scope: OrgScope, q: ClientListQuery): Promise<ClientList> {
  const filter = { q: q.q, status: q.status ?? 'active', limit: q.limit ?? 50, offset: q.offset ?? 0 };
  // The page and its count read together; the audit entry is durable before the list leaves
  // (AuditLog.auditedRead).
  const { items, total } = await ctx.audit.auditedRead(
    ctx.db,
    scope.actor,
    (trx) => repo.listClients(trx, scope.organizationId, filter),
    (page) => ({
      organizationId: scope.organizationId,
      action: 'client.list',
      entityType: 'client',
      entityId: null,
      // Whether a search was made, never its words: they are often a client's name, and the audit
      // trail cannot be edited when that client is erased.
      details: {
        searched: Boolean(filter.q?.trim()),
        status: filter.status,
        offset: filter.offset,
        returned: page.items.length,
      },
    }),
  );
  return {
    total,
    items: items.map((r) => ({
      id: r.id,
      givenName: r.given_name,
      familyName: r.family_name,
      preferredName: r.preferred_name,
      dateOfBirth: r.date_of_birth,
      email: r.email,
      phone: r.phone,
      archivedAt: r.archived_at,
      updatedAt: r.updated_at,
    })),
  };
}

export async function updateClient(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: ClientUpdate,
): Promise<Client> {
  const { version, ...rest } = input;
  checkNotesWrite(scope.role, rest);
  return transaction(ctx, async (trx) => {
    const before = await visibleClient(trx, scope, id);
    if (!before) throw notFound('Client');
    // A role that may not write notes sent none (checked above, before anything was read), and
    // what is stored is kept rather than erased.
    const mayWriteNotes = can(scope.role, 'client.notes.write');
    const fields: repo.ClientRecord = {
      ...normalizeClient({ ...rest, notes: mayWriteNotes ? rest.notes : before.notes }),
      // Left out, the language stays as it was (older API clients do not send it).
      language: rest.language ?? languageOf(before),
    };
    if (
      !(await repo.updateClient(trx, scope.organizationId, id, version, fields, new Date().toISOString()))
    ) {
      throw staleVersion(before, version, scope);
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'client.update',
      entityType: 'client',
      entityId: id,
      details: { fields: changedFields(before, fields), version: version + 1 },
    });
    return toClient((await repo.getClient(trx, scope.organizationId, id))!, scope);
  });
}

function staleVersion(current: repo.ClientRow, version: number, scope: OrgScope) {
  return conflict(
    'client-version-stale',
    { seen: version, current: current.version },
    { current: toClient(current, scope) },
  );
}

export async function setArchived(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  version: number,
  archive: boolean,
): Promise<Client> {
  return transaction(ctx, async (trx) => {
    const before = await visibleClient(trx, scope, id);
    if (!before) throw notFound('Client');
    const now = new Date().toISOString();
    if (!(await repo.setArchived(trx, scope.organizationId, id, version, archive ? now : null, now))) {
      throw staleVersion(before, version, scope);
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: archive ? 'client.archive' : 'client.restore',
      entityType: 'client',
      entityId: id,
    });
    return toClient((await repo.getClient(trx, scope.organizationId, id))!, scope);
  });
}
