/**
 * The real-world entry of a meta-analysis request, made ready to convert: entered columns as they
 * are, or, with source 'outcomes', the numbers read by the server from this organization's outcome
 * report (src/server/outcomes/service.ts), so they cannot be typed wrong:
 *
 *   - PLO, PR: the response at the timepoint, `xi = response.events`, `ni = response.n` (clients
 *     assessed at baseline and at the timepoint; response by the instrument's own criterion);
 *   - GEN: the mean change from baseline, `yi = change.mean`, `vi = change.sd² / change.n`. That is
 *     the squared standard error of a mean (sd/√n), the same SE the report's paired t interval is
 *     built from (mean ± t·sd/√n), so vi is exact, not backed out of a rounded CI. The forest plot's
 *     interval is then yi ± z·√vi like every study's, a little narrower than the report's t interval
 *     for small n. The studies' yi must be mean changes on the same instrument for this to compare.
 *
 * Reading outcomes needs the role's outcome.read permission (the meta routes themselves need only
 * meta.run): without it the request is refused with a 403 naming `realWorld.source`.
 */
import { can } from '../../domain/access/roles.ts';
import { DomainError, fieldIssue, invalid, reField } from '../../domain/errors.ts';
import type { FieldCode } from '../../domain/field-codes.ts';
import {
  checkLabel,
  columnsOf,
  enteredRealWorld,
  type RealWorldInput,
  type RealWorldProvenance,
  type RealWorldRequest,
} from '../../domain/meta/analysis.ts';
import type { Measure } from '../../domain/meta/types.ts';
import { isSuppressed } from '../../domain/outcomes/disclosure.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { programOutcomes } from '../outcomes/service.ts';

const field = (name: string) => `realWorld.${name}`;
const bad = (name: string, code: FieldCode, values: Readonly<Record<string, unknown>> = {}) =>
  invalid(field(name), code, values, 'body');

/** What the outcome report gives for a measure: a response proportion, a mean change, or nothing. */
export const outcomeQuantityFor = (measure: Measure): 'response' | 'mean change' | null =>
  measure === 'PLO' || measure === 'PR' ? 'response' : measure === 'GEN' ? 'mean change' : null;

export async function resolveRealWorld(
  ctx: AppContext,
  scope: OrgScope,
  measure: Measure,
  rw: RealWorldRequest,
): Promise<RealWorldInput> {
  if (rw.source === 'entered') return enteredRealWorld(rw);

  if (!can(scope.role, 'outcome.read')) {
    const message = `Your role (${scope.role}) may not read program outcomes (outcome.read): enter the counts instead (source "entered").`;
    throw new DomainError('forbidden', message, [
      fieldIssue(field('source'), 'role-may-not-read-outcomes', { role: scope.role }, 'body'),
    ]);
  }
  checkLabel(rw);
  const quantity = outcomeQuantityFor(measure);
  if (!quantity) throw bad('source', 'outcome-report-gives-response-proportion', { measure });
  const typed = Object.keys(columnsOf(rw));
  if (typed.length > 0) throw bad(typed[0]!, 'not-taken-source-outcomes-numbers');
  const programId = rw.programId;
  const instrumentId = rw.instrumentId;
  const timepointKey = rw.timepointKey;
  if (programId === undefined) throw bad('programId', 'required-source-outcomes');
  if (instrumentId === undefined) throw bad('instrumentId', 'required-source-outcomes');
  if (timepointKey === undefined) throw bad('timepointKey', 'required-source-outcomes');

  let outcomes: Awaited<ReturnType<typeof programOutcomes>>;
  try {
    outcomes = await programOutcomes(ctx, scope, programId, { instrument: instrumentId });
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'not-found')
      throw bad('programId', 'not-program-organization');
    if (err instanceof DomainError && err.kind === 'validation' && err.fields[0]?.field === 'instrument')
      throw reField(err, field('instrumentId'), 'body');
    throw err;
  }
  const { report, instrument, program } = outcomes;
  if (!report || !instrument) throw bad('instrumentId', 'program-assesses-no-instrument-whose');
  // A researcher's report withholds aggregates over too few clients: so does this.
  if (isSuppressed(report))
    throw bad('programId', 'outcome-report-withheld', { reason: report.suppressed.reason });
  const tp = report.timepoints.find((t) => t.key === timepointKey);
  if (!tp) {
    const keys = report.timepoints.map((t) => `${t.key} (${t.label})`).join(', ');
    throw bad('timepointKey', 'not-timepoint-timepoints', {
      timepointKey,
      shortName: instrument.shortName,
      name: program.name,
      keys,
    });
  }
  const provenance = (n: number, events: number | null, criterion: string): RealWorldProvenance => ({
    programId: program.id,
    programName: program.name,
    instrumentId: instrument.id,
    instrument: instrument.shortName,
    timepointKey: tp.key,
    timepointLabel: tp.label,
    quantity,
    criterion,
    n,
    events,
    note: 'real-world data from this organization',
  });
  const label = rw.label.trim();

  if (quantity === 'response') {
    const r = tp.response;
    if (!r)
      throw tp.role === 'baseline'
        ? bad('timepointKey', 'baseline-response-counted-later', { label: tp.label })
        : bad('timepointKey', 'no-response-criterion', { instrument: instrument.shortName });
    if (isSuppressed(r))
      throw bad('timepointKey', 'response-at-withheld', { label: tp.label, reason: r.suppressed.reason });
    if (r.n === 0) throw bad('timepointKey', 'no-client-been-assessed-at', { label: tp.label });
    return {
      label,
      source: 'outcomes',
      columns: { xi: r.events, ni: r.n },
      provenance: provenance(r.n, r.events, report.rules.responseCriterion ?? 'response'),
    };
  }

  const c = tp.change;
  if (!c) throw bad('timepointKey', 'baseline-change-measured-at-later', { label: tp.label });
  if (isSuppressed(c))
    throw bad('timepointKey', 'change-at-withheld', { label: tp.label, reason: c.suppressed.reason });
  if (c.mean === null || c.sd === null || !(c.sd > 0) || c.n < 2)
    throw bad('timepointKey', 'mean-change-variance-needs-at', { label: tp.label, n: c.n });
  return {
    label,
    source: 'outcomes',
    columns: { yi: c.mean, vi: (c.sd * c.sd) / c.n },
    provenance: provenance(
      c.n,
      null,
      `mean change from baseline in ${instrument.shortName} points (${report.rules.better} is better)`,
    ),
  };
}
