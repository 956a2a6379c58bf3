/** Schemas of e-consent: the client's documents to sign in the portal, and the signed copy staff read. */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, Uuid } from './common.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the text, hex' });

export const PortalConsentSchema = Type.Object({
  enrollmentId: Uuid,
  program: Type.String(),
  document: Type.Object({
    id: Uuid,
    version: Type.Integer(),
    title: Type.String(),
    body: Type.String(),
    sha256: Sha256,
    publishedAt: IsoDateTime,
  }),
  /** The client's signature to this version, if they signed it. */
  signedAt: Nullable(IsoDateTime),
  /** False when this version (its exact text) is signed; true when a signature is needed. */
  needsSignature: Type.Boolean(),
});
export type PortalConsent = Static<typeof PortalConsentSchema>;
export const PortalConsentListSchema = Type.Object({ items: Type.Array(PortalConsentSchema) });

export const SignConsentSchema = Type.Object(
  {
    typedName: Type.String({ minLength: 1, maxLength: 200, description: 'The client types their full name' }),
    agreed: Type.Boolean({ description: 'The explicit tick: I have read and agree' }),
    documentVersion: Type.Integer({ minimum: 1 }),
    documentSha256: Sha256,
  },
  { additionalProperties: false },
);
export type SignConsent = Static<typeof SignConsentSchema>;

export const SignedConsentSchema = Type.Object({
  id: Uuid,
  enrollmentId: Uuid,
  client: Type.Object({ id: Uuid, name: Type.String() }),
  method: Type.String(),
  signedAt: IsoDateTime,
  document: Type.Object({
    id: Uuid,
    version: Type.Integer(),
    title: Type.String(),
    /** The text exactly as signed (the stored version's body). */
    body: Type.String(),
    publishedAt: IsoDateTime,
  }),
  /** The hash recorded with the consent; null for a consent recorded before hashes were kept. */
  documentSha256: Nullable(Type.String()),
  /** True when the stored text still hashes to the recorded value. */
  textVerified: Type.Boolean(),
  /** The portal signature record; null when staff recorded the consent. */
  signature: Nullable(
    Type.Object({
      typedName: Type.String(),
      agreed: Type.Boolean(),
      ip: Nullable(Type.String()),
      userAgent: Nullable(Type.String()),
    }),
  ),
  recordedBy: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  withdrawnAt: Nullable(IsoDateTime),
});
export type SignedConsent = Static<typeof SignedConsentSchema>;
