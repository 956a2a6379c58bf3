import type { doseCheck as en } from '../en/doseCheck.ts';
import type { Messages } from '../messages.ts';

export const doseCheck = {
  needsWeight:
    'Vul het lichaamsgewicht in: het programma plant {{planned}} mg/kg en de dosis wordt daaraan getoetst.',
  above:
    '{{dose}} mg bij {{weight}} kg is {{perKg}} mg/kg: {{multiple}}× de geplande {{planned}} mg/kg van het programma ({{plannedMg}} mg). Controleer de dosis; vastleggen vraagt een bevestiging met een reden.',
  within: '{{perKg}} mg/kg; het programma plant {{planned}} mg/kg ({{plannedMg}} mg).',
} satisfies Messages<typeof en>;
