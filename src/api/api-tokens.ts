/** Schemas of API tokens: the list entry, the create request, and the one-time created answer. */
import { type Static, Type } from '@sinclair/typebox';
import { TOKEN_EXPIRY_DAYS, TOKEN_SCOPES } from '../domain/access/api-tokens.ts';
import { IdParams, IsoDateTime, StringEnum, Uuid } from './common.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const ApiTokenSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  userId: Uuid,
  userEmail: Type.String(),
  userName: Type.String(),
  scopes: Type.Array(Type.String(), { description: 'Action names (see the role matrix) the token may use' }),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  lastUsedAt: Nullable(IsoDateTime),
  lastUsedIp: Nullable(Type.String()),
  revokedAt: Nullable(IsoDateTime),
  status: StringEnum(['active', 'expired', 'revoked'] as const),
});
export type ApiToken = Static<typeof ApiTokenSchema>;

export const ApiTokenListSchema = Type.Object({
  items: Type.Array(ApiTokenSchema),
  scopes: Type.Array(Type.String(), { description: 'Every action a token may be granted' }),
});

export const ApiTokenCreateSchema = Type.Object(
  {
    userId: Type.Optional(Uuid),
    name: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'What the token is for, e.g. "EHR sync"',
    }),
    scopes: Type.Array(StringEnum(TOKEN_SCOPES), { minItems: 1, maxItems: TOKEN_SCOPES.length }),
    expiresInDays: Type.Optional(
      Type.Integer({
        minimum: TOKEN_EXPIRY_DAYS.min,
        maximum: TOKEN_EXPIRY_DAYS.max,
        default: TOKEN_EXPIRY_DAYS.default,
      }),
    ),
  },
  { additionalProperties: false },
);
export type ApiTokenCreate = Static<typeof ApiTokenCreateSchema>;

export const ApiTokenCreatedSchema = Type.Object({
  token: Type.String({ description: 'The bearer token. Shown once: only its hash is stored.' }),
  apiToken: ApiTokenSchema,
});

export const ApiTokenParams = IdParams;
