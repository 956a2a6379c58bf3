/**
 * A client as a FHIR R4 Patient (for the client's own export, GDPR Art. 15 and 20): name, birth
 * date, administrative gender from the recorded sex at birth, telecom, address, emergency contact
 * and communication language. Only what the record holds; nothing is invented.
 */
import type { Patient } from './types.ts';

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
  emergencyContact: { name: string | null; relationship: string | null; phone: string | null };
  language: string;
  archivedAt: string | null;
}

/** FHIR administrative-gender from the recorded sex at birth; anything else is `unknown`. */
function gender(sex: string): Patient['gender'] {
  if (sex === 'female' || sex === 'male') return sex;
  if (sex === 'intersex') return 'other';
  return 'unknown';
}

export function toPatient(c: PatientSource): Patient {
  const telecom: NonNullable<Patient['telecom']> = [];
  if (c.email) telecom.push({ system: 'email', value: c.email });
  if (c.phone) telecom.push({ system: 'phone', value: c.phone });
  const name: Patient['name'] = [{ use: 'official', family: c.familyName, given: [c.givenName] }];
  if (c.preferredName) name.push({ use: 'usual', given: [c.preferredName] });
  const contact = c.emergencyContact;
  return {
    resourceType: 'Patient',
    id: c.id,
    active: c.archivedAt === null,
    name,
    gender: gender(c.sexAtBirth),
    birthDate: c.dateOfBirth,
    ...(telecom.length ? { telecom } : {}),
    ...(c.address ? { address: [{ text: c.address }] } : {}),
    ...(contact.name || contact.phone
      ? {
          contact: [
            {
              ...(contact.relationship ? { relationship: [{ text: contact.relationship }] } : {}),
              ...(contact.name ? { name: { text: contact.name } } : {}),
              ...(contact.phone ? { telecom: [{ system: 'phone' as const, value: contact.phone }] } : {}),
            },
          ],
        }
      : {}),
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: c.language }] } }],
  };
}
