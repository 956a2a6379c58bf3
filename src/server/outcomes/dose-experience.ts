/**
 * A program's dose–experience–outcome analysis (issue 19 part 3): reads the program's doses with
 * their lot and setting and the MEQ-30 (and CEQ) that belong to each (src/domain/experience/match.ts),
 * and the outcome instrument's matrix from the outcome columns, then runs the pure analysis in
 * src/domain/experience. Researchers get the report through the disclosure control at the
 * organization's minimum cell size; no client is named in it. The read is audited, as the
 * other reads of client-level outcome data.
 */
import type { DoseExperience, DoseExperienceQuery } from '../../api/dose-experience.ts';
import { clientsPerSitter } from '../../domain/dosing/setting.ts';
import { DomainError } from '../../domain/errors.ts';
import { analyseDoseExperience } from '../../domain/experience/analyse.ts';
import { discloseDoseExperience } from '../../domain/experience/disclosure.ts';
import { matchResponses } from '../../domain/experience/match.ts';
import type { DoseRecord } from '../../domain/experience/types.ts';
import { isCompleteMysticalExperience, meq30 } from '../../domain/instruments/meq-30/index.ts';
import { getInstrument } from '../../domain/instruments/registry.ts';
import { outcomeRules } from '../../domain/outcomes/rules.ts';
import { programTimepoints } from '../../domain/outcomes/timepoints.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { programDoseBands } from '../dose-bands/service.ts';
import { CEQ_INSTRUMENT_ID } from '../integration/book.ts';
import { outcomeCache } from './cache.ts';
import { deriveStale } from './derive.ts';
import * as repo from './dose-experience-repository.ts';
import { analysableInstruments, chooseInstrument, loadProgram } from './service.ts';
import { outcomeViewer } from './viewer.ts';

const iso = (t: string): string => new Date(t).toISOString();

/** The MEQ-30 as the analysis takes it; null when its stored subscales cannot be judged. */
function judgedMeq(r: repo.ExperienceResponseRow): { total: number; complete: boolean } | null {
  try {
    return { total: r.total, complete: isCompleteMysticalExperience(JSON.parse(r.subscales)) };
  } catch (error) {
    // Unreadable JSON or a missing subscale: counted as not judged, never read as "not complete".
    if (error instanceof SyntaxError || error instanceof DomainError) return null;
    throw error;
  }
}

/** Each dose with its setting and the MEQ-30 and CEQ that belong to it. */
async function doseRecords(
  ctx: AppContext,
  organizationId: string,
  programId: string,
): Promise<{ records: DoseRecord[]; unjudged: number }> {
  const db = ctx.db.kysely;
  const [doses, responses] = await Promise.all([
    repo.programDoses(db, organizationId, programId),
    repo.experienceResponses(db, organizationId, programId, [meq30.id, CEQ_INSTRUMENT_ID]),
  ]);
  const timed = doses.map((d) => ({ id: d.id, clientId: d.client_id, startedAt: iso(d.started_at) }));
  const of = (instrumentId: string) =>
    matchResponses(
      timed,
      responses
        .filter((r) => r.instrument_id === instrumentId)
        .map((r) => ({ ...r, clientId: r.client_id, administeredAt: iso(r.administered_at) })),
    );
  const meq = of(meq30.id);
  const ceq = of(CEQ_INSTRUMENT_ID);
  let unjudged = 0;
  const records = doses.map((d): DoseRecord => {
    const m = meq.get(d.id);
    const judged = m ? judgedMeq(m) : null;
    if (m && !judged) unjudged++;
    const setting =
      d.sitters === null || d.group_size === null ? null : { sitters: d.sitters, groupSize: d.group_size };
    return {
      enrollmentId: d.enrollment_id,
      clientId: d.client_id,
      substance: d.substance_kind ?? d.substance,
      doseMg: Number(d.dose_mg),
      weightKg: d.weight_kg === null ? null : Number(d.weight_kg),
      doseAmount: d.dose_amount === null ? null : Number(d.dose_amount),
      doseUnit: d.dose_unit,
      lot: d.lot_code,
      musicProgram: d.music_program,
      groupSize: setting?.groupSize ?? null,
      clientsPerSitter: setting ? clientsPerSitter(setting) : null,
      eyeshades: d.eyeshades,
      meq: judged,
      ceqTotal: ceq.get(d.id)?.total ?? null,
    };
  });
  return { records, unjudged };
}

export async function doseExperience(
  ctx: AppContext,
  scope: OrgScope,
  programId: string,
  q: DoseExperienceQuery,
): Promise<DoseExperience> {
  const db = ctx.db.kysely;
  const p = await loadProgram(ctx, scope.organizationId, programId);
  const instrumentId = chooseInstrument(p.versions, q.instrument);
  const viewer = await outcomeViewer(ctx, scope, p.cohorts);
  await deriveStale(db, scope.organizationId);
  await db.transaction().execute((trx) =>
    ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'outcomes.dose-experience',
      entityType: 'program',
      entityId: programId,
      details: { instrument: instrumentId, deidentified: viewer.deidentified },
    }),
  );

  const { records, unjudged } = await doseRecords(ctx, scope.organizationId, programId);
  const programBands = await programDoseBands(db, scope.organizationId, programId);
  let outcome = null;
  if (instrumentId) {
    const timepoints = programTimepoints(p.versions, instrumentId);
    const columns = await outcomeCache(ctx.db).columnsFor(
      scope.organizationId,
      programId,
      instrumentId,
      timepoints.map((t) => t.key),
    );
    const matrix = columns.matrix(instrumentId, {}, Math.floor(Date.now() / 1000), (_d, value) => value);
    outcome = { matrix, timepoints, rules: outcomeRules(getInstrument(instrumentId))! };
  }
  const report = discloseDoseExperience(
    analyseDoseExperience({ records, programBands, outcome }),
    viewer.minCell,
  );
  const flag = meq30.safety.find((s) => s.flag === 'complete-mystical-experience')!;
  const def = instrumentId ? getInstrument(instrumentId) : null;
  return {
    program: { id: p.program.id, name: p.program.name },
    instrument: def ? { id: def.id, shortName: def.shortName } : null,
    instruments: analysableInstruments(p.versions).map((id) => ({
      id,
      shortName: getInstrument(id).shortName,
    })),
    ...report,
    unjudged,
    completeDefinition: { description: flag.description, status: flag.status, source: flag.source },
    deidentified: viewer.deidentified,
    minCellSize: viewer.minCell,
    generatedAt: new Date().toISOString(),
  };
}
