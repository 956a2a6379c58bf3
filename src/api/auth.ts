/** Schemas of sign-in, the current session and the signed-in user's own account. */
import { type Static, Type } from '@sinclair/typebox';
import { ROLES } from '../domain/access/roles.ts';
import { StringEnum, Uuid } from './common.ts';

export const RoleSchema = StringEnum(ROLES);

export const SignInSchema = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
    totp: Type.Optional(
      Type.String({ pattern: '^\\d{6}$', description: 'Six-digit code, when two-factor is on' }),
    ),
  },
  { additionalProperties: false },
);
export type SignIn = Static<typeof SignInSchema>;

export const MembershipSchema = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  requireTwoFactor: Type.Boolean(),
  locale: Type.String({ description: "The organization's locale for dates, times and numbers, e.g. nl-NL" }),
  timezone: Type.String({ description: "The organization's IANA time zone, e.g. Europe/Amsterdam" }),
});

export const SessionSchema = Type.Object({
  user: Type.Object({
    id: Uuid,
    email: Type.String(),
    name: Type.String(),
    totpEnabled: Type.Boolean(),
  }),
  organizations: Type.Array(MembershipSchema),
  activeOrganizationId: Type.Union([Uuid, Type.Null()]),
  role: Type.Union([RoleSchema, Type.Null()]),
  permissions: Type.Array(Type.String(), {
    description: 'Actions the role may perform in the active organization',
  }),
  twoFactorSetupRequired: Type.Boolean({
    description: 'The active organization requires two-factor and this user has not set it up',
  }),
  csrfToken: Type.String(),
});
export type Session = Static<typeof SessionSchema>;

export const CsrfSchema = Type.Object({ csrfToken: Type.String() });

export const SwitchOrganizationSchema = Type.Object(
  { organizationId: Uuid },
  { additionalProperties: false },
);

export const ChangePasswordSchema = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    newPassword: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export const TotpSetupSchema = Type.Object({
  secret: Type.String({ description: 'Base32 secret for manual entry' }),
  otpauthUrl: Type.String(),
  qrSvg: Type.String({ description: 'An SVG QR code of otpauthUrl' }),
});
export type TotpSetup = Static<typeof TotpSetupSchema>;

export const TotpCodeSchema = Type.Object(
  { code: Type.String({ pattern: '^\\d{6}$' }) },
  { additionalProperties: false },
);

export const TotpDisableSchema = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 256 }), code: Type.String({ pattern: '^\\d{6}$' }) },
  { additionalProperties: false },
);
