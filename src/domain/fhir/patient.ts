/**
 * A client as a FHIR R4 Patient, and a Patient (from a transaction Bundle) as a new client. Only
 * demographics travel: clinical notes and emergency contacts never leave as a Patient. The id is
 * the client's id; the same id is its identifier in the `urn:threshold:client` system.
 */
import { SEX_AT_BIRTH, type SexAtBirth } from '../clients/client.ts';
import { DomainError, type FieldIssue, fieldIssue } from '../errors.ts';
import type { FieldCode } from '../field-codes.ts';

export const CLIENT_IDENTIFIER_SYSTEM = 'urn:threshold:client';

/** What the mapping reads of a client (structurally the clients service's record). */
export interface PatientSource {
  id: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string;
  sexAtBirth: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  language: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface Patient {
  resourceType: 'Patient';
  id: string;
  meta: { lastUpdated: string };
  identifier: Array<{ system: string; value: string }>;
  active: boolean;
  name: Array<{ use: 'official' | 'usual'; family?: string; given: string[] }>;
  telecom?: Array<{ system: 'email' | 'phone'; value: string }>;
  gender: 'female' | 'male' | 'other' | 'unknown';
  birthDate: string;
  address?: Array<{ text: string }>;
  /** The emergency contact: only in the client's own export (GDPR Art. 15), never over the API. */
  contact?: Array<{
    relationship?: Array<{ text: string }>;
    name?: { text: string };
    telecom?: Array<{ system: 'phone'; value: string }>;
  }>;
  communication: Array<{ language: { coding: Array<{ system: string; code: string }> }; preferred: true }>;
}

const GENDER: Record<string, Patient['gender']> = {
  female: 'female',
  male: 'male',
  intersex: 'other',
  unknown: 'unknown',
};

export function clientToPatient(c: PatientSource): Patient {
  const telecom = [
    ...(c.email ? [{ system: 'email' as const, value: c.email }] : []),
    ...(c.phone ? [{ system: 'phone' as const, value: c.phone }] : []),
  ];
  return {
    resourceType: 'Patient',
    id: c.id,
    meta: { lastUpdated: c.updatedAt },
    identifier: [{ system: CLIENT_IDENTIFIER_SYSTEM, value: c.id }],
    active: c.archivedAt === null,
    name: [
      { use: 'official', family: c.familyName, given: [c.givenName] },
      ...(c.preferredName ? [{ use: 'usual' as const, given: [c.preferredName] }] : []),
    ],
    ...(telecom.length ? { telecom } : {}),
    gender: GENDER[c.sexAtBirth] ?? 'unknown',
    birthDate: c.dateOfBirth,
    ...(c.address ? { address: [{ text: c.address }] } : {}),
    communication: [
      { language: { coding: [{ system: 'urn:ietf:bcp:47', code: c.language }] }, preferred: true },
    ],
  };
}

/** The client's own export adds the emergency contact the record holds (nothing is invented). */
export function withEmergencyContact(
  patient: Patient,
  contact: { name: string | null; relationship: string | null; phone: string | null },
): Patient {
  if (!contact.name && !contact.phone) return patient;
  return {
    ...patient,
    contact: [
      {
        ...(contact.relationship ? { relationship: [{ text: contact.relationship }] } : {}),
        ...(contact.name ? { name: { text: contact.name } } : {}),
        ...(contact.phone ? { telecom: [{ system: 'phone' as const, value: contact.phone }] } : {}),
      },
    ],
  };
}

export interface PatientInput {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sexAtBirth: SexAtBirth;
  email?: string | null;
  phone?: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * A Patient resource as the fields of a new client; refuses (naming each path under `at`) what a
 * client needs and the resource lacks: an official or first name with family and given, a birthDate.
 */
export function patientToClient(resource: unknown, at = ''): PatientInput {
  const issues: FieldIssue[] = [];
  const fail = (path: string, code: FieldCode) => issues.push(fieldIssue(`${at}${path}`, code, {}, 'body'));
  if (!isObject(resource) || resource.resourceType !== 'Patient') {
    fail('resourceType', 'fhir-patient');
    throw new DomainError('validation', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  }
  const names = Array.isArray(resource.name) ? resource.name.filter(isObject) : [];
  const index = Math.max(
    0,
    names.findIndex((n) => n.use === 'official'),
  );
  const name = names[index];
  const family = str(name?.family);
  const given = Array.isArray(name?.given) ? str(name.given[0]) : undefined;
  if (!name) fail('name', 'fhir-name-required');
  else {
    if (!family) fail(`name[${index}].family`, 'required');
    if (!given) fail(`name[${index}].given`, 'required');
  }
  const birthDate = str(resource.birthDate);
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) fail('birthDate', 'fhir-birth-date');
  const gender = resource.gender === undefined ? 'unknown' : resource.gender;
  const sex = gender === 'other' ? 'intersex' : gender;
  if (!(SEX_AT_BIRTH as readonly unknown[]).includes(sex)) fail('gender', 'fhir-gender');
  if (issues.length)
    throw new DomainError('validation', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  const telecom = Array.isArray(resource.telecom) ? resource.telecom.filter(isObject) : [];
  return {
    givenName: given!,
    familyName: family!,
    dateOfBirth: birthDate!,
    sexAtBirth: sex as SexAtBirth,
    email: str(telecom.find((t) => t.system === 'email')?.value) ?? null,
    phone: str(telecom.find((t) => t.system === 'phone')?.value) ?? null,
  };
}
