/**
 * A program's own dose bands: read by everyone who reads programs, set by those who manage them
 * (clinical leads and owners), every change audited. The analysis reads them through
 * `programDoseBands`; stored rows are checked again on reading, so a bad row is never used quietly.
 */
import type { DoseBandsOut, DoseBandsPut } from '../../api/dose-bands.ts';
import { notFound } from '../../domain/errors.ts';
import {
  normalizeProgramDoseBands,
  type ProgramDoseBands,
  UNITS_OF_SUBSTANCE,
} from '../../domain/experience/program-bands.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { getProgram } from '../programs/repository.ts';
import * as repo from './repository.ts';

type Db = Parameters<typeof repo.bandRows>[0];

/** The program's bands as the analysis takes them (none: derived). */
export async function programDoseBands(
  db: Db,
  organizationId: string,
  programId: string,
): Promise<ProgramDoseBands[]> {
  const rows = await repo.bandRows(db, organizationId, programId);
  return normalizeProgramDoseBands(
    rows.map((r) => ({ substanceKind: r.substance_kind, unit: r.unit, edges: JSON.parse(r.edges) })),
  );
}

async function out(trx: Tx, organizationId: string, programId: string): Promise<DoseBandsOut> {
  const rows = await repo.bandRows(trx, organizationId, programId);
  const latest =
    rows
      .map((r) => new Date(r.updated_at).toISOString())
      .sort()
      .at(-1) ?? null;
  return {
    bands: await programDoseBands(trx, organizationId, programId),
    units: Object.fromEntries(Object.entries(UNITS_OF_SUBSTANCE).map(([k, v]) => [k, [...v]])),
    updatedAt: latest,
  };
}

export function viewDoseBands(ctx: AppContext, scope: OrgScope, programId: string) {
  return transaction(ctx, async (trx) => {
    if (!(await getProgram(trx, scope.organizationId, programId))) throw notFound('Program');
    return out(trx, scope.organizationId, programId);
  });
}

export function putDoseBands(ctx: AppContext, scope: OrgScope, programId: string, input: DoseBandsPut) {
  return transaction(ctx, async (trx) => {
    if (!(await getProgram(trx, scope.organizationId, programId))) throw notFound('Program');
    const bands = normalizeProgramDoseBands(input.bands);
    const now = new Date().toISOString();
    await repo.replaceBands(trx, scope.organizationId, programId, bands, scope.actor.userId, now);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'program.dose-bands',
      entityType: 'program',
      entityId: programId,
      details: { bands },
    });
    return out(trx, scope.organizationId, programId);
  });
}
