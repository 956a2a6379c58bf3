/**
 * The client (a person in care): the fields a clinic keeps, and the rules the request schema cannot
 * express on its own — a real, past date of birth, trimmed text, and the text used for search.
 */
import { can, type Role } from '../access/roles.ts';
import { checkAll, DomainError, fieldIssue, invalid } from '../errors.ts';
import { checkPhone } from '../organizations/phone.ts';

export const SEX_AT_BIRTH = ['female', 'male', 'intersex', 'unknown'] as const;
export type SexAtBirth = (typeof SEX_AT_BIRTH)[number];

export interface EmergencyContact {
  name: string | null;
  relationship: string | null;
  phone: string | null;
}

export interface ClientFields {
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string;
  sexAtBirth: SexAtBirth;
  gender: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  emergencyContact: EmergencyContact;
  notes: string | null;
}

const blankToNull = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};

/** Validates a calendar date `YYYY-MM-DD` that is not in the future and not before 1900. */
export function checkDateOfBirth(value: string, today: Date = new Date()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw invalid('dateOfBirth', 'date-written-yyyy-mm-dd');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw invalid('dateOfBirth', 'not-calendar-date', { value });
  }
  if (y < 1900) throw invalid('dateOfBirth', '1900-later');
  const todayIso = today.toISOString().slice(0, 10);
  if (value > todayIso) throw invalid('dateOfBirth', 'future');
  return value;
}

export type ClientInput = Omit<
  ClientFields,
  'emergencyContact' | 'preferredName' | 'gender' | 'email' | 'phone' | 'address' | 'notes'
> &
  Partial<Pick<ClientFields, 'preferredName' | 'gender' | 'email' | 'phone' | 'address' | 'notes'>> & {
    emergencyContact?: Partial<EmergencyContact> | null;
  };

const optionalPhone = (field: string, value: string | null | undefined): string | null => {
  const t = blankToNull(value);
  return t === null ? null : checkPhone(field, t);
};

const required = (field: string, value: string): string => {
  const t = value.trim();
  if (!t) throw invalid(field, 'required');
  return t;
};

function checkEmail(value: string | null | undefined): string | null {
  const email = blankToNull(value)?.toLowerCase() ?? null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw invalid('email', 'email');
  return email;
}

/**
 * Trims every text field, turns blanks into null, and checks what the schema cannot: every failing
 * field is named at once. Phone numbers follow the organization phone rule (digits and separators).
 */
export function normalizeClient(input: ClientInput, today?: Date): ClientFields {
  const checked = checkAll({
    givenName: () => required('givenName', input.givenName),
    familyName: () => required('familyName', input.familyName),
    email: () => checkEmail(input.email),
    dateOfBirth: () => checkDateOfBirth(input.dateOfBirth.trim(), today),
    phone: () => optionalPhone('phone', input.phone),
    emergencyPhone: () => optionalPhone('emergencyContact.phone', input.emergencyContact?.phone),
  });
  return {
    givenName: checked.givenName,
    familyName: checked.familyName,
    preferredName: blankToNull(input.preferredName),
    dateOfBirth: checked.dateOfBirth,
    sexAtBirth: input.sexAtBirth,
    gender: blankToNull(input.gender),
    email: checked.email,
    phone: checked.phone,
    address: blankToNull(input.address),
    emergencyContact: {
      name: blankToNull(input.emergencyContact?.name),
      relationship: blankToNull(input.emergencyContact?.relationship),
      phone: checked.emergencyPhone,
    },
    notes: blankToNull(input.notes),
  };
}

/** Lower-case text the client list searches: names, email and phone digits. */
export function clientSearchText(
  c: Pick<ClientFields, 'givenName' | 'familyName' | 'preferredName' | 'email' | 'phone'>,
): string {
  const phoneDigits = c.phone?.replace(/\D/g, '') ?? '';
  return [c.givenName, c.familyName, c.preferredName, c.email, phoneDigits]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** Age in whole years on a given day. */
export function ageOn(dateOfBirth: string, day: Date = new Date()): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let age = day.getUTCFullYear() - y;
  const beforeBirthday = day.getUTCMonth() + 1 < m || (day.getUTCMonth() + 1 === m && day.getUTCDate() < d);
  if (beforeBirthday) age--;
  return age;
}

/**
 * Clinical notes in a client write: a role that may not write them may not send the field at all —
 * not text, not null, not the stored text — so the answer is the same 403 naming `notes` whether
 * or not notes exist (comparing with what is stored told intake that they did). A role that may
 * not read notes never received them, so it has nothing to send back.
 */
export function checkNotesWrite(role: Role, input: { notes?: string | null | undefined }): void {
  if (input.notes !== undefined && !can(role, 'client.notes.write')) {
    throw new DomainError('forbidden', 'Your role may not write clinical notes: leave out "notes".', [
      fieldIssue('notes', 'role-may-not-send', {}, 'body'),
    ]);
  }
}
