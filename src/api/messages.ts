/** Schemas of /api/organization/message-templates: the organization's wording of client messages. */
import { type Static, Type } from '@sinclair/typebox';
import { MESSAGE_KINDS, MESSAGE_LANGUAGES } from '../domain/messages/kinds.ts';
import { IsoDateTime, StringEnum } from './common.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const TemplateParams = Type.Object({
  kind: StringEnum(MESSAGE_KINDS),
  language: StringEnum(MESSAGE_LANGUAGES),
});

/** Lengths are checked with plain-word errors in src/domain/messages/render.ts; this only bounds input. */
export const TemplateInput = Type.Object(
  {
    subject: Type.String({ maxLength: 20_000 }),
    preview: Type.String({ maxLength: 20_000 }),
    body: Type.String({ maxLength: 20_000 }),
  },
  { additionalProperties: false },
);
export type TemplateInput = Static<typeof TemplateInput>;

export const MessageTemplateSchema = Type.Object({
  kind: StringEnum(MESSAGE_KINDS),
  language: StringEnum(MESSAGE_LANGUAGES),
  subject: Type.String(),
  preview: Type.String(),
  body: Type.String(),
  /** True when the organization replaced the built-in wording. */
  custom: Type.Boolean(),
  updatedAt: Nullable(IsoDateTime),
  /** The placeholders each field may use, and those the body must contain. */
  placeholders: Type.Object({
    subject: Type.Array(Type.String()),
    preview: Type.Array(Type.String()),
    body: Type.Array(Type.String()),
    required: Type.Array(Type.String()),
  }),
});
export type MessageTemplateItem = Static<typeof MessageTemplateSchema>;

export const RenderedSchema = Type.Object({
  subject: Type.String(),
  preview: Type.String(),
  body: Type.String(),
  html: Type.String(),
});
