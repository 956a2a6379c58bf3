/**
 * A client's trajectories for the client page: each instrument's scores compared with the baseline
 * (the latest enrollment's baseline timepoint when it was answered, else the first score), the
 * instrument's severity bands, and the client's dosing sessions to mark on the chart. Audited as
 * an access to the client's record.
 */
import type { Kysely } from 'kysely';
import type { Trajectories } from '../../api/outcomes-trajectory.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../domain/errors.ts';
import { findInstrument } from '../../domain/instruments/registry.ts';
import type { SafetyFlag } from '../../domain/instruments/types.ts';
import { parsePoints } from '../../domain/outcomes/stored.ts';
import { trajectory } from '../../domain/outcomes/trajectory.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { visibleClient } from '../data-rights/visibility.ts';
import { listClientResponses } from '../responses/repository.ts';
import { deriveStale } from './derive.ts';

type Db = Kysely<Database>;

const dosingsOf = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('session_attendees as sa')
    .innerJoin('program_sessions as s', 's.id', 'sa.session_id')
    .leftJoin('dosing_records as d', (j) =>
      j.onRef('d.session_id', '=', 's.id').onRef('d.client_id', '=', 'sa.client_id'),
    )
    .select(['s.id', 's.name', 's.starts_at', 's.status', 'sa.attendance', 'd.dose_mg', 'd.substance'])
    .where('sa.organization_id', '=', organizationId)
    .where('sa.client_id', '=', clientId)
    .where('s.dosing', '=', 1)
    .where('s.status', '!=', 'cancelled')
    .orderBy('s.starts_at')
    .execute();

const baselinesOf = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('outcome_series')
    .select(['instrument_id', 'points', 'start_date'])
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .orderBy('start_date', 'desc')
    .execute();

export async function clientTrajectories(
  ctx: AppContext,
  scope: OrgScope,
  clientId: string,
): Promise<Trajectories> {
  const db = ctx.db.kysely;
  await deriveStale(db, scope.organizationId);
  return transaction(ctx, async (trx) => {
    if (!(await visibleClient(trx, scope, clientId))) throw notFound('Client');
    const [responses, dosings, series] = await Promise.all([
      listClientResponses(trx, scope.organizationId, clientId),
      dosingsOf(trx, scope.organizationId, clientId),
      baselinesOf(trx, scope.organizationId, clientId),
    ]);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'client.trajectories.view',
      entityType: 'client',
      entityId: clientId,
      details: { responses: responses.length },
    });

    /** Baseline answer time (epoch s) of the latest enrollment per instrument, when answered. */
    const baselineAt = new Map<string, number>();
    for (const s of series) {
      if (baselineAt.has(s.instrument_id)) continue;
      const first = parsePoints(s.points)[0];
      if (first?.[4] != null) baselineAt.set(s.instrument_id, first[4]);
    }

    const ids = [...new Set(responses.map((r) => r.instrument_id))];
    const instruments = ids.flatMap((id) => {
      const def = findInstrument(id);
      if (!def) return [];
      const mine = responses.filter((r) => r.instrument_id === id);
      const at = baselineAt.get(id);
      const base =
        at === undefined ? null : mine.find((r) => Math.floor(Date.parse(r.administered_at) / 1000) === at);
      const t = trajectory(
        def,
        mine.map((r) => ({
          responseId: r.id,
          administeredAt: r.administered_at,
          instrumentId: r.instrument_id,
          instrumentVersion: r.instrument_version,
          total: r.total,
          severity: r.severity,
          subscales: JSON.parse(r.subscales) as Record<string, number>,
          flags: JSON.parse(r.flags) as SafetyFlag[],
        })),
        base?.id ?? null,
      );
      return [
        {
          id,
          shortName: def.shortName,
          better: def.change.better,
          range: def.totalRange,
          bands: def.bands?.value ?? [],
          responseCriterion: def.change.response
            ? `≥ ${def.change.response.value.percent}% ${def.change.better === 'lower' ? 'reduction' : 'increase'} from baseline`
            : null,
          remissionMaxTotal: def.change.remission?.value.maxTotal ?? null,
          ...t,
        },
      ];
    });
    return {
      instruments,
      dosings: dosings.map((d) => ({
        sessionId: d.id,
        name: d.name,
        startsAt: d.starts_at,
        status: d.status,
        attendance: d.attendance,
        doseMg: d.dose_mg ?? null,
        substance: d.substance ?? null,
      })),
    };
  });
}
