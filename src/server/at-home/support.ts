/**
 * An enrollment's named support person for at-home dosing and their attestation to the support
 * duties. Recorded by those who record doses; every read and write is audited with the client.
 */
import type { SupportPersonOut, SupportPersonPut } from '../../api/at-home.ts';
import {
  SUPPORT_ATTESTATION_VERSION,
  SUPPORT_DUTIES,
  type SupportPerson,
  supportProblems,
} from '../../domain/dosing/at-home.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { getEnrollment } from '../enrollments/repository.ts';
import { instant } from '../sessions/time.ts';
import * as repo from './repository.ts';

export const toSupportPerson = (r: repo.SupportRow | undefined): SupportPerson | null =>
  r
    ? {
        name: r.name,
        phone: r.phone,
        relationship: r.relationship,
        attestedName: r.attested_name,
        agreed: r.agreed === 1,
        attestedAt: r.attested_at,
        attestationVersion: r.attestation_version,
      }
    : null;

export function supportOut(enrollmentId: string, r: repo.SupportRow | undefined): SupportPersonOut {
  const person = toSupportPerson(r);
  return {
    enrollmentId,
    person: r
      ? {
          name: r.name,
          phone: r.phone,
          relationship: r.relationship,
          attestedName: r.attested_name,
          agreed: r.agreed === 1,
          attestedAt: new Date(r.attested_at).toISOString(),
          attestationVersion: r.attestation_version,
          updatedAt: new Date(r.updated_at).toISOString(),
        }
      : null,
    problems: supportProblems(person),
    currentVersion: SUPPORT_ATTESTATION_VERSION,
    duties: { en: [...SUPPORT_DUTIES.en], nl: [...SUPPORT_DUTIES.nl] },
  };
}

const required = (field: string, v: string) => {
  const t = v.trim();
  if (!t) throw invalid(field, 'blank');
  return t;
};

async function enrollmentOf(trx: Tx, organizationId: string, id: string) {
  const e = await getEnrollment(trx, organizationId, id);
  if (!e) throw notFound('Enrollment');
  return e;
}

export function viewSupportPerson(ctx: AppContext, scope: OrgScope, enrollmentId: string) {
  return transaction(ctx, async (trx) => {
    const e = await enrollmentOf(trx, scope.organizationId, enrollmentId);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'at-home.support.view',
      entityType: 'enrollment',
      entityId: e.id,
      details: { clientId: e.client_id },
    });
    return supportOut(e.id, await repo.supportOf(trx, scope.organizationId, e.id));
  });
}

export function putSupportPerson(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
  input: SupportPersonPut,
) {
  const row = {
    name: required('name', input.name),
    phone: required('phone', input.phone),
    relationship: required('relationship', input.relationship),
    attested_name: required('attestedName', input.attestedName),
    agreed: input.agreed ? 1 : 0,
    attested_at: instant('attestedAt', input.attestedAt),
    attestation_version: required('attestationVersion', input.attestationVersion),
  };
  if (!/[0-9]/.test(row.phone) || !/^[0-9 +()-]+$/.test(row.phone))
    throw invalid('phone', 'holds-digits-spaces-parentheses');
  if (Date.parse(row.attested_at) > Date.now() + 5 * 60_000) throw invalid('attestedAt', 'not-future');
  return transaction(ctx, async (trx) => {
    const e = await enrollmentOf(trx, scope.organizationId, enrollmentId);
    const now = new Date().toISOString();
    await repo.putSupport(trx, {
      organization_id: scope.organizationId,
      enrollment_id: e.id,
      client_id: e.client_id,
      ...row,
      recorded_by_user_id: scope.actor.userId,
      updated_at: now,
    });
    const stored = await repo.supportOf(trx, scope.organizationId, e.id);
    const out = supportOut(e.id, stored);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'at-home.support.record',
      entityType: 'enrollment',
      entityId: e.id,
      details: {
        clientId: e.client_id,
        agreed: input.agreed,
        attestationVersion: row.attestation_version,
        complete: out.problems.length === 0,
      },
    });
    return out;
  });
}
