/**
 * The client form's values: one string per field, keyed by the API's dotted field path so that a
 * problem's `errors[].field` points straight at its input.
 */

import type { Client, ClientCreate } from '../../api/clients.ts';
import type { PortalLanguage } from '../../api/portal.ts';
import { SEX_AT_BIRTH, type SexAtBirth } from '../../domain/clients/client.ts';
import { DomainError } from '../../domain/errors.ts';
import { checkPhone } from '../../domain/organizations/phone.ts';
import { fieldMessage } from '../http/problem.ts';
import { translatedLabels } from '../i18n/labels.ts';

export const CLIENT_FIELDS = [
  'givenName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'sexAtBirth',
  'gender',
  'email',
  'phone',
  'address',
  'language',
  'emergencyContact.name',
  'emergencyContact.relationship',
  'emergencyContact.phone',
  'notes',
] as const;
export type ClientField = (typeof CLIENT_FIELDS)[number];
export type ClientDraft = Record<ClientField, string>;
export type ClientFieldErrors = Partial<Record<ClientField, string>>;

export const FIELD_LABELS: Record<ClientField, string> = translatedLabels('clients:fields', CLIENT_FIELDS);

/** The portal languages, each named in its own language. */
export const LANGUAGE_LABELS: Record<PortalLanguage, string> = { en: 'English', nl: 'Nederlands' };

export const isPortalLanguage = (value: string): value is PortalLanguage =>
  Object.hasOwn(LANGUAGE_LABELS, value);

export const isClientField = (field: string): field is ClientField =>
  (CLIENT_FIELDS as readonly string[]).includes(field);

export const isSexAtBirth = (value: string): value is SexAtBirth =>
  (SEX_AT_BIRTH as readonly string[]).includes(value);

/**
 * A blank form. Sex at birth starts unset: it is required, and the user must choose it. The portal
 * language starts as the organization's (a Dutch centre's clients are emailed in Dutch), else
 * English, the server's default.
 */
export function emptyDraft(organizationLocale?: string | null): ClientDraft {
  const lang = organizationLocale?.split('-')[0]?.toLowerCase() ?? '';
  const language = isPortalLanguage(lang) ? lang : 'en';
  return { ...(Object.fromEntries(CLIENT_FIELDS.map((f) => [f, ''])) as ClientDraft), language };
}

export function draftFromClient(c: Client): ClientDraft {
  return {
    givenName: c.givenName,
    familyName: c.familyName,
    preferredName: c.preferredName ?? '',
    dateOfBirth: c.dateOfBirth,
    sexAtBirth: c.sexAtBirth,
    gender: c.gender ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
    address: c.address ?? '',
    'emergencyContact.name': c.emergencyContact.name ?? '',
    'emergencyContact.relationship': c.emergencyContact.relationship ?? '',
    'emergencyContact.phone': c.emergencyContact.phone ?? '',
    language: c.language,
    notes: c.notes ?? '',
  };
}

const orNull = (value: string): string | null => {
  const t = value.trim();
  return t ? t : null;
};

/** The request body. `notes` is sent only when the user may write notes (the field is shown). */
export function draftToInput(d: ClientDraft, withNotes: boolean): ClientCreate {
  return {
    givenName: d.givenName.trim(),
    familyName: d.familyName.trim(),
    preferredName: orNull(d.preferredName),
    dateOfBirth: d.dateOfBirth.trim(),
    // checkDraft has made sure of the value; were it wrong, the server would name the field.
    sexAtBirth: d.sexAtBirth as SexAtBirth,
    gender: orNull(d.gender),
    email: orNull(d.email),
    phone: orNull(d.phone),
    address: orNull(d.address),
    emergencyContact: {
      name: orNull(d['emergencyContact.name']),
      relationship: orNull(d['emergencyContact.relationship']),
      phone: orNull(d['emergencyContact.phone']),
    },
    // checkDraft has made sure of it too.
    language: d.language as PortalLanguage,
    ...(withNotes ? { notes: orNull(d.notes) } : {}),
  };
}

/** Fields whose values differ (ignoring surrounding spaces). */
export function changedFields(
  a: ClientDraft,
  b: ClientDraft,
  fields: readonly ClientField[] = CLIENT_FIELDS,
) {
  return fields.filter((f) => a[f].trim() !== b[f].trim());
}

/** The domain's phone rule as a sentence for the field, or undefined when blank or valid. */
function phoneError(field: ClientField, value: string): string | undefined {
  if (!value.trim()) return undefined;
  try {
    checkPhone(field, value);
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainError)) return undefined;
    const issue = error.fields[0];
    // The one message a typed number can earn, in the viewer's language; any other from its code.
    if (!issue) return INVALID.phone;
    return issue.message.startsWith('must be a phone number') ? INVALID.phone : fieldMessage(issue);
  }
}

const INVALID = translatedLabels('clients:form.invalid', ['phone']);

const MISSING = translatedLabels('clients:form.missing', [
  'givenName',
  'familyName',
  'dateOfBirth',
  'sexAtBirth',
  'language',
] as const);

/** What the browser can check before sending: the required fields and the phone numbers. */
export function checkDraft(d: ClientDraft): ClientFieldErrors {
  const errors: ClientFieldErrors = {};
  for (const field of ['phone', 'emergencyContact.phone'] as const) {
    const message = phoneError(field, d[field]);
    if (message) errors[field] = message;
  }
  const missing = (field: keyof typeof MISSING) => MISSING[field];
  if (!d.givenName.trim()) errors.givenName = missing('givenName');
  if (!d.familyName.trim()) errors.familyName = missing('familyName');
  if (!d.dateOfBirth.trim()) errors.dateOfBirth = missing('dateOfBirth');
  if (!isSexAtBirth(d.sexAtBirth)) errors.sexAtBirth = missing('sexAtBirth');
  if (!isPortalLanguage(d.language)) errors.language = missing('language');
  return errors;
}
