/** Request and response schemas of substance lots, their assays and the setting of a dosing session. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { LOT_LIMITS, SUBSTANCE_KINDS, WEIGHT_BASES } from '../domain/dosing/lots.ts';
import { EYESHADES, SETTING_LIMITS } from '../domain/dosing/setting.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const MgPerG = Type.Number({ minimum: 0, maximum: LOT_LIMITS.mgPerGramMax, description: 'mg per gram' });

export const LotCreateSchema = Type.Object(
  {
    code: Type.String({
      minLength: 1,
      maxLength: LOT_LIMITS.codeMaxLength,
      description: 'Lot or batch code',
    }),
    substanceKind: StringEnum(SUBSTANCE_KINDS),
    supplier: Type.Optional(Nullable(Type.String({ maxLength: LOT_LIMITS.supplierMaxLength }))),
    receivedOn: Day,
    notes: Type.Optional(Nullable(Type.String({ maxLength: LOT_LIMITS.notesMaxLength }))),
  },
  { additionalProperties: false },
);
export type LotCreate = Static<typeof LotCreateSchema>;

export const AssayCreateSchema = Type.Object(
  {
    psilocybinMgPerG: MgPerG,
    psilocinMgPerG: Type.Optional(Nullable(MgPerG)),
    basis: StringEnum(WEIGHT_BASES, { description: 'Whether the mg per gram is of fresh or dry weight' }),
    lab: Type.String({ minLength: 1, maxLength: LOT_LIMITS.labMaxLength }),
    assayedOn: Day,
  },
  { additionalProperties: false },
);
export type AssayCreate = Static<typeof AssayCreateSchema>;

export const AssaySchema = Type.Object({
  id: Uuid,
  psilocybinMgPerG: Type.Number(),
  psilocinMgPerG: Nullable(Type.Number()),
  basis: StringEnum(WEIGHT_BASES),
  lab: Type.String(),
  assayedOn: Day,
  createdAt: IsoDateTime,
});
export type Assay = Static<typeof AssaySchema>;

export const LotSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  substanceKind: StringEnum(SUBSTANCE_KINDS),
  supplier: Nullable(Type.String()),
  receivedOn: Day,
  notes: Nullable(Type.String()),
  createdAt: IsoDateTime,
  /** Every assay, latest first; the first is the one doses are computed from. */
  assays: Type.Array(AssaySchema),
  current: Nullable(AssaySchema),
  doses: Type.Integer({ description: 'Dosing records given from this lot' }),
});
export type Lot = Static<typeof LotSchema>;

export const LotListSchema = Type.Object({ items: Type.Array(LotSchema) });
export type LotList = Static<typeof LotListSchema>;

export const SettingPutSchema = Type.Object(
  {
    musicProgram: Type.Optional(Nullable(Type.String({ maxLength: SETTING_LIMITS.musicProgramMaxLength }))),
    sitters: Type.Integer({ minimum: 0, maximum: SETTING_LIMITS.sittersMax }),
    groupSize: Type.Integer({ minimum: 1, maximum: SETTING_LIMITS.groupSizeMax }),
    eyeshades: Type.Optional(Nullable(StringEnum(EYESHADES))),
    notes: Type.Optional(Nullable(Type.String({ maxLength: SETTING_LIMITS.notesMaxLength }))),
  },
  { additionalProperties: false },
);
export type SettingPut = Static<typeof SettingPutSchema>;

export const SettingSchema = Type.Object({
  sessionId: Uuid,
  /** The session's room, from the session itself. */
  room: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  attendees: Type.Integer({ description: 'Clients attending the session (not cancelled)' }),
  recorded: Type.Boolean({ description: 'Whether a setting was recorded' }),
  musicProgram: Nullable(Type.String()),
  sitters: Nullable(Type.Integer()),
  groupSize: Nullable(Type.Integer()),
  clientsPerSitter: Nullable(Type.Number()),
  eyeshades: Nullable(StringEnum(EYESHADES)),
  notes: Nullable(Type.String()),
  updatedAt: Nullable(IsoDateTime),
});
export type Setting = Static<typeof SettingSchema>;
