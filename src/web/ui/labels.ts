/** Words shown for the values the API returns. */
import type { Role } from '../../domain/access/roles.ts';
import type { SexAtBirth } from '../../domain/clients/client.ts';

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  clinician: 'Clinician',
  facilitator: 'Facilitator',
  intake: 'Intake',
  researcher: 'Researcher',
};

export const SEX_AT_BIRTH_LABELS: Record<SexAtBirth, string> = {
  female: 'Female',
  male: 'Male',
  intersex: 'Intersex',
  unknown: 'Unknown',
};
