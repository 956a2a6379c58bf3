/**
 * Schemas of a program's own dose bands (GET/PUT /api/programs/:id/dose-bands, issue 19 part 3):
 * per substance, the band edges in a unit the substance is dosed in. The shape is checked here;
 * the rules (positive, increasing, the unit matching the substance) in
 * src/domain/experience/program-bands.ts, which names the failing field.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum } from './common.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

const BandsIn = Type.Object(
  {
    substanceKind: Type.String({ maxLength: 40, description: 'A lot substance kind, e.g. ketamine-racemic' }),
    unit: Type.String({
      maxLength: 10,
      description: 'mg, mg/kg, g-fresh or g-dry (as the substance is dosed)',
    }),
    edges: Type.Array(Type.Number(), {
      maxItems: 20,
      description: 'Band edges, increasing, e.g. [0.5, 0.75, 1]',
    }),
  },
  { additionalProperties: false },
);

export const DoseBandsPutSchema = Type.Object(
  {
    /** Every substance's bands; a substance left out gets derived bands again. */
    bands: Type.Array(BandsIn, { maxItems: 10 }),
  },
  { additionalProperties: false },
);
export type DoseBandsPut = Static<typeof DoseBandsPutSchema>;

export const DoseBandsSchema = Type.Object({
  bands: Type.Array(
    Type.Object({
      substanceKind: Type.String(),
      unit: StringEnum(['mg', 'mg/kg', 'g-fresh', 'g-dry'] as const),
      edges: Type.Array(Type.Number()),
    }),
  ),
  /** The units each substance kind may be banded in. */
  units: Type.Record(Type.String(), Type.Array(Type.String())),
  updatedAt: Nullable(IsoDateTime),
});
export type DoseBandsOut = Static<typeof DoseBandsSchema>;
