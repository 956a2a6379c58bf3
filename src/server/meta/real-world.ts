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
import { DomainError, invalid } from '../../domain/errors.ts';
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
const bad = (name: string, message: string) => invalid(field(name), message, 'body');

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
    throw new DomainError('forbidden', message, [{ field: field('source'), message, in: 'body' }]);
  }
  checkLabel(rw);
  const quantity = outcomeQuantityFor(measure);
  if (!quantity)
    throw bad(
      'source',
      `the outcome report gives a response proportion (measures PLO, PR) or a mean change (GEN), not ${measure}: enter the ${measure} columns instead (source "entered")`,
    );
  const typed = Object.keys(columnsOf(rw));
  if (typed.length > 0)
    throw bad(typed[0]!, 'is not taken with source "outcomes": the numbers are read from the outcome report');
  const programId = rw.programId;
  const instrumentId = rw.instrumentId;
  const timepointKey = rw.timepointKey;
  if (programId === undefined) throw bad('programId', 'is required with source "outcomes"');
  if (instrumentId === undefined) throw bad('instrumentId', 'is required with source "outcomes"');
  if (timepointKey === undefined) throw bad('timepointKey', 'is required with source "outcomes"');

  let outcomes: Awaited<ReturnType<typeof programOutcomes>>;
  try {
    outcomes = await programOutcomes(ctx, scope, programId, { instrument: instrumentId });
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'not-found')
      throw bad('programId', 'is not a program of this organization');
    if (err instanceof DomainError && err.kind === 'validation' && err.fields[0]?.field === 'instrument')
      throw bad('instrumentId', err.fields[0].message);
    throw err;
  }
  const { report, instrument, program } = outcomes;
  if (!report || !instrument)
    throw bad('instrumentId', 'this program assesses no instrument whose change can be analysed');
  // A researcher's report withholds aggregates over too few clients: so does this.
  if (isSuppressed(report))
    throw bad('programId', `the outcome report is withheld: ${report.suppressed.reason}`);
  const tp = report.timepoints.find((t) => t.key === timepointKey);
  if (!tp) {
    const keys = report.timepoints.map((t) => `${t.key} (${t.label})`).join(', ');
    throw bad(
      'timepointKey',
      `"${timepointKey}" is not a timepoint of ${instrument.shortName} in ${program.name}; its timepoints are ${keys}`,
    );
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
      throw bad(
        'timepointKey',
        tp.role === 'baseline'
          ? `${tp.label} is the baseline: response is counted at a later timepoint`
          : `${instrument.shortName} defines no response criterion`,
      );
    if (isSuppressed(r))
      throw bad('timepointKey', `the response at ${tp.label} is withheld: ${r.suppressed.reason}`);
    if (r.n === 0)
      throw bad('timepointKey', `no client has been assessed at baseline and at ${tp.label} yet`);
    return {
      label,
      source: 'outcomes',
      columns: { xi: r.events, ni: r.n },
      provenance: provenance(r.n, r.events, report.rules.responseCriterion ?? 'response'),
    };
  }

  const c = tp.change;
  if (!c) throw bad('timepointKey', `${tp.label} is the baseline: change is measured at a later timepoint`);
  if (isSuppressed(c))
    throw bad('timepointKey', `the change at ${tp.label} is withheld: ${c.suppressed.reason}`);
  if (c.mean === null || c.sd === null || !(c.sd > 0) || c.n < 2)
    throw bad(
      'timepointKey',
      `a mean change with a variance needs at least two clients assessed at baseline and at ${tp.label}, whose changes differ (${c.n} so far)`,
    );
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
