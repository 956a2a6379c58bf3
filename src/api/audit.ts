/** Schemas of the audit trail API. */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime } from './common.ts';

export const AuditEventSchema = Type.Object({
  seq: Type.Integer(),
  at: IsoDateTime,
  actorUserId: Type.Union([Type.String(), Type.Null()]),
  actorLabel: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
});
export type AuditEvent = Static<typeof AuditEventSchema>;

export const AuditQuerySchema = Type.Object(
  {
    actor: Type.Optional(Type.String({ maxLength: 254, description: 'User id or email' })),
    action: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'Exact action, or a prefix ending in "." (e.g. "client.")',
      }),
    ),
    entityType: Type.Optional(Type.String({ maxLength: 50 })),
    entityId: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    before: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: Number.MAX_SAFE_INTEGER,
        description: 'Cursor: only events with seq below this',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuerySchema>;

export const AuditPageSchema = Type.Object({
  items: Type.Array(AuditEventSchema),
  nextBefore: Type.Union([Type.Integer(), Type.Null()]),
});
export type AuditPage = Static<typeof AuditPageSchema>;

export const AuditVerifySchema = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  firstBroken: Type.Union([
    Type.Object({
      seq: Type.Integer(),
      reason: Type.String({
        description:
          'hash-mismatch, prev-hash-mismatch, truncated (newest entries deleted), anchor-mismatch or anchor-missing',
      }),
    }),
    Type.Null(),
  ]),
  missing: Type.Integer({ description: 'Entries the anchor counted that are no longer stored' }),
});
