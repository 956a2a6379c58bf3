/**
 * A client's medications (recorded by intake and clinicians, confirmed by clinicians; every read
 * and change audited) and the organization's medication rules. What the rules make of a list is
 * the domain's one medication rule (src/domain/medications/check.ts), the same one clearance uses.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type {
  MedicationInput,
  MedicationList,
  MedicationOut,
  MedicationUpdate,
  RuleSetList,
  RulesPut,
} from '../../api/medications.ts';
import { can } from '../../domain/access/roles.ts';
import { conflict, DomainError, fieldIssue, notFound } from '../../domain/errors.ts';
import { checkMedications, type MedicationFinding } from '../../domain/medications/check.ts';
import type { MedicationClass, MedicationRule } from '../../domain/medications/types.ts';
import { checkMedicationInput, checkRules } from '../../domain/medications/validate.ts';
import { MODALITIES, type Modality } from '../../domain/programs/types.ts';
import { getClient } from '../clients/repository.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { ruleSetsOf, toMedication, Unreadable } from './read.ts';
import * as repo from './repository.ts';

const readable = <T>(f: () => T): T => {
  try {
    return f();
  } catch (err) {
    if (err instanceof Unreadable) throw conflict('medication-unreadable');
    throw err;
  }
};

const readableRules = <T>(p: Promise<T>): Promise<T> =>
  p.catch((err: unknown) => {
    throw err instanceof Unreadable ? conflict('medication-unreadable') : err;
  });

const toOut = (r: repo.MedicationRow): MedicationOut => {
  const m = readable(() => toMedication(r));
  return {
    ...m,
    confirmed: r.confirmed_at ? { by: r.confirmed_by_name ?? '', at: r.confirmed_at } : null,
    version: r.version,
  };
};

const finding = (f: MedicationFinding) => ({
  medicationId: f.medicationId,
  reason: f.reason,
  effect: f.rule.effect,
  lastDoseOn: f.lastDoseOn,
  clearedFrom: f.clearedFrom,
  washoutDays: f.rule.washoutDays,
  ruleSource: f.rule.source,
});

async function requireClient(trx: Tx, organizationId: string, clientId: string) {
  if (!(await getClient(trx, organizationId, clientId))) throw notFound('Client');
}

/**
 * The modalities of the client's current programs and of the programs they applied for (an
 * applicant has no enrollment yet, and the rules still decide whether a taper plan clears them),
 * and the organization's time zone.
 */
async function currentModalities(trx: Tx, organizationId: string, clientId: string) {
  const [enrolled, applied, org] = await Promise.all([
    trx
      .selectFrom('enrollments as e')
      .innerJoin('programs as p', (j) =>
        j.onRef('p.id', '=', 'e.program_id').onRef('p.organization_id', '=', 'e.organization_id'),
      )
      .select('p.modality')
      .where('e.organization_id', '=', organizationId)
      .where('e.client_id', '=', clientId)
      .where('e.status', 'not in', ['completed', 'withdrawn'])
      .execute(),
    trx
      .selectFrom('applications as a')
      .innerJoin('cohorts as c', (j) =>
        j.onRef('c.id', '=', 'a.cohort_id').onRef('c.organization_id', '=', 'a.organization_id'),
      )
      .innerJoin('programs as p', (j) =>
        j.onRef('p.id', '=', 'c.program_id').onRef('p.organization_id', '=', 'c.organization_id'),
      )
      .select('p.modality')
      .where('a.organization_id', '=', organizationId)
      .where('a.client_id', '=', clientId)
      .where('a.status', '!=', 'withdrawn')
      .where('a.enrollment_id', 'is', null)
      .execute(),
    trx.selectFrom('organizations').select('timezone').where('id', '=', organizationId).executeTakeFirst(),
  ]);
  const modalities = [...new Set([...enrolled, ...applied].map((r) => r.modality))].filter(
    (m): m is Modality => (MODALITIES as readonly string[]).includes(m),
  );
  return { modalities, timezone: org?.timezone ?? 'UTC' };
}

export async function listMedications(
  ctx: AppContext,
  scope: OrgScope,
  clientId: string,
): Promise<MedicationList> {
  const org = scope.organizationId;
  return transaction(ctx, async (trx) => {
    await requireClient(trx, org, clientId);
    const rows = await repo.medicationsOf(trx, org, clientId);
    const items = rows.map(toOut);
    const { modalities, timezone } = await currentModalities(trx, org, clientId);
    const on = DateTime.now().setZone(timezone).toISODate() as string;
    const meds = readable(() => rows.map(toMedication));
    const ruleSets = await readableRules(ruleSetsOf(trx, org, modalities));
    const checks = [];
    for (const ruleSet of ruleSets) {
      const c = checkMedications(meds, ruleSet, on);
      checks.push({
        modality: ruleSet.modality,
        on,
        stops: c.stops.map(finding),
        cautions: c.cautions.map(finding),
        lifted: c.lifted.map(finding),
      });
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'medication.list',
      entityType: 'client',
      entityId: clientId,
      details: { returned: items.length },
    });
    return { items, checks };
  });
}

function forbiddenSource(): never {
  throw new DomainError('forbidden', 'Only a clinician records a medication as confirmed by a clinician.', [
    fieldIssue('source', 'record-as-reported'),
  ]);
}

export async function addMedication(
  ctx: AppContext,
  scope: OrgScope,
  clientId: string,
  input: MedicationInput,
): Promise<MedicationOut> {
  const confirms = can(scope.role, 'medication.confirm');
  if (input.source === 'clinician' && !confirms) forbiddenSource();
  const m = checkMedicationInput({
    name: input.name,
    medicationClass: input.medicationClass as MedicationClass,
    dose: input.dose ?? null,
    startedOn: input.startedOn ?? null,
    stoppedOn: input.stoppedOn ?? null,
    taper: input.taper ?? [],
  });
  const org = scope.organizationId;
  const id = randomUUID();
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    await requireClient(trx, org, clientId);
    const byClinician = input.source === 'clinician';
    await repo.insertMedication(trx, {
      id,
      organization_id: org,
      client_id: clientId,
      name: m.name,
      medication_class: m.medicationClass,
      dose: m.dose,
      started_on: m.startedOn,
      stopped_on: m.stoppedOn,
      taper: JSON.stringify(m.taper),
      source: input.source,
      confirmed_by_user_id: byClinician ? scope.actor.userId : null,
      confirmed_at: byClinician ? now : null,
      recorded_by_user_id: scope.actor.userId,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await audit(ctx, trx, scope, 'medication.create', clientId, {
      medicationId: id,
      class: m.medicationClass,
    });
    return toOut((await repo.getMedication(trx, org, id))!);
  });
}

async function audit(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  action: string,
  clientId: string,
  details: Record<string, unknown>,
) {
  await ctx.audit.append(trx, scope.actor, {
    organizationId: scope.organizationId,
    action,
    entityType: 'client',
    entityId: clientId,
    details,
  });
}

async function current(trx: Tx, org: string, id: string, version: number) {
  const row = await repo.getMedication(trx, org, id);
  if (!row) throw notFound('Medication');
  if (row.version !== version) throw conflict('medication-stale', {}, { current: toOut(row) });
  return row;
}

/** Changes an entry. A change by someone who cannot confirm withdraws an earlier confirmation. */
export async function updateMedication(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: MedicationUpdate,
): Promise<MedicationOut> {
  const m = checkMedicationInput({
    name: input.name,
    medicationClass: input.medicationClass as MedicationClass,
    dose: input.dose ?? null,
    startedOn: input.startedOn ?? null,
    stoppedOn: input.stoppedOn ?? null,
    taper: input.taper ?? [],
  });
  const org = scope.organizationId;
  const now = new Date().toISOString();
  const confirms = can(scope.role, 'medication.confirm');
  return transaction(ctx, async (trx) => {
    const row = await current(trx, org, id, input.version);
    const keepConfirmed = row.confirmed_at !== null && confirms;
    const ok = await repo.updateMedication(trx, org, id, row.version, {
      name: m.name,
      medication_class: m.medicationClass,
      dose: m.dose,
      started_on: m.startedOn,
      stopped_on: m.stoppedOn,
      taper: JSON.stringify(m.taper),
      confirmed_by_user_id: keepConfirmed ? scope.actor.userId : null,
      confirmed_at: keepConfirmed ? now : null,
      updated_at: now,
    });
    if (!ok) throw conflict('medication-stale');
    await audit(ctx, trx, scope, 'medication.update', row.client_id, {
      medicationId: id,
      class: m.medicationClass,
    });
    return toOut((await repo.getMedication(trx, org, id))!);
  });
}

export async function confirmMedication(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  version: number,
): Promise<MedicationOut> {
  const org = scope.organizationId;
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const row = await current(trx, org, id, version);
    await repo.updateMedication(trx, org, id, row.version, {
      confirmed_by_user_id: scope.actor.userId,
      confirmed_at: now,
      updated_at: now,
    });
    await audit(ctx, trx, scope, 'medication.confirm', row.client_id, { medicationId: id });
    return toOut((await repo.getMedication(trx, org, id))!);
  });
}

/** Removes an entry made in error (a clinician's decision; a stopped medication gets its stop day instead). */
export async function removeMedication(ctx: AppContext, scope: OrgScope, id: string): Promise<void> {
  const org = scope.organizationId;
  await transaction(ctx, async (trx) => {
    const row = await repo.getMedication(trx, org, id);
    if (!row) throw notFound('Medication');
    await repo.deleteMedication(trx, org, id);
    await audit(ctx, trx, scope, 'medication.delete', row.client_id, {
      medicationId: id,
      class: row.medication_class,
    });
  });
}

export async function listRuleSets(ctx: AppContext, scope: OrgScope): Promise<RuleSetList> {
  return { items: await readableRules(ruleSetsOf(ctx.db.kysely, scope.organizationId, MODALITIES)) };
}

export async function saveRuleSet(
  ctx: AppContext,
  scope: OrgScope,
  modality: Modality,
  input: RulesPut,
): Promise<RuleSetList['items'][number]> {
  const rules = checkRules(input.rules as MedicationRule[]);
  const now = new Date().toISOString();
  await transaction(ctx, async (trx) => {
    await repo.saveRules(trx, scope.organizationId, modality, JSON.stringify(rules), scope.actor.userId, now);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'medication-rules.update',
      entityType: 'organization',
      entityId: scope.organizationId,
      details: { modality, rules },
    });
  });
  return { modality, rules, origin: 'organization' };
}
