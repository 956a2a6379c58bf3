/** Schemas of calendar feeds: subscription URLs (iCalendar, RFC 5545) for a staff member or a client. */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

export const FEED_OWNER_TYPES = ['user', 'client'] as const;
export type FeedOwnerType = (typeof FEED_OWNER_TYPES)[number];

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const FeedCreateSchema = Type.Object(
  {
    ownerType: StringEnum(FEED_OWNER_TYPES, {
      description: "'user': the sessions a staff member facilitates; 'client': a client's sessions",
    }),
    ownerId: Uuid,
  },
  { additionalProperties: false },
);
export type FeedCreate = Static<typeof FeedCreateSchema>;

export const FeedSchema = Type.Object({
  id: Uuid,
  ownerType: StringEnum(FEED_OWNER_TYPES),
  ownerId: Uuid,
  ownerName: Type.String(),
  createdAt: IsoDateTime,
  createdBy: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  revokedAt: Nullable(IsoDateTime),
});
export type Feed = Static<typeof FeedSchema>;

export const CreatedFeedSchema = Type.Object({
  ...FeedSchema.properties,
  url: Type.String({
    description: 'The subscription URL. It holds the secret token and is shown only once.',
  }),
});
export type CreatedFeed = Static<typeof CreatedFeedSchema>;

export const FeedListSchema = Type.Object({ items: Type.Array(FeedSchema) });

/** 32 random bytes, base64url without padding; an optional `.ics` suffix for calendar apps that want one. */
export const TokenParams = Type.Object({
  token: Type.String({ pattern: '^[A-Za-z0-9_-]{43}(\\.ics)?$', description: 'The feed token' }),
});
