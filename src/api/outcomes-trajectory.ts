/** Schema of GET /api/clients/:id/trajectories: a client's scores over time, for the chart. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const TrajectoriesSchema = Type.Object({
  instruments: Type.Array(
    Type.Object({
      id: Type.String(),
      shortName: Type.String(),
      better: StringEnum(['lower', 'higher', 'none'] as const),
      range: Type.Object({ min: Type.Number(), max: Type.Number() }),
      bands: Type.Array(Type.Object({ min: Type.Number(), max: Type.Number(), label: Type.String() })),
      responseCriterion: Nullable(Type.String()),
      remissionMaxTotal: Nullable(Type.Number()),
      baselineResponseId: Nullable(Uuid),
      /** The score that would meet the response criterion from this baseline. */
      responseThreshold: Nullable(Type.Number()),
      points: Type.Array(
        Type.Object({
          responseId: Uuid,
          administeredAt: IsoDateTime,
          total: Type.Number(),
          severity: Nullable(Type.String()),
          isBaseline: Type.Boolean(),
          change: Nullable(Type.Number()),
          response: Nullable(Type.Boolean()),
          remission: Nullable(Type.Boolean()),
          reliable: Nullable(StringEnum(['improved', 'deteriorated', 'unchanged'] as const)),
        }),
      ),
    }),
  ),
  dosings: Type.Array(
    Type.Object({
      sessionId: Uuid,
      name: Type.String(),
      startsAt: IsoDateTime,
      status: Type.String(),
      attendance: Nullable(Type.String()),
      doseMg: Nullable(Type.Number()),
      substance: Nullable(Type.String()),
    }),
  ),
});
export type Trajectories = Static<typeof TrajectoriesSchema>;
