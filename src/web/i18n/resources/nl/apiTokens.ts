import type { apiTokens as en } from '../en/apiTokens.ts';
import type { Messages } from '../messages.ts';

export const apiTokens = {
  title: 'API-tokens',
  intro:
    'Programma’s sturen een token als "Authorization: Bearer …" naar de API en de FHIR-server. Elk token handelt namens één lid, alleen met de rechten die hier zijn gegeven, en alles wat het doet wordt onder zijn naam in de audittrail vastgelegd.',
  loading: 'API-tokens worden geladen',
  none: 'Nog geen API-tokens.',
  table: {
    name: 'Naam',
    actsFor: 'Namens',
    permissions: 'Rechten',
    expires: 'Verloopt',
    lastUsed: 'Laatst gebruikt',
    status: 'Status',
    actions: 'Acties',
    never: 'Nooit',
  },
  status: { active: 'actief', expired: 'verlopen', revoked: 'ingetrokken' },
  revoke: 'Intrekken',
  revokeNamed: '{{name}} intrekken',
  issueTitle: 'Een token uitgeven',
  issued: 'Token "{{name}}" uitgegeven: kopieer het nu, het wordt niet opnieuw getoond',
  copied: 'Gekopieerd',
  copy: 'Token kopiëren',
  form: {
    actsFor: 'Namens',
    member: '{{name}} ({{role}})',
    name: 'Naam',
    nameHint: 'Waarvoor het dient, bijvoorbeeld "EPD-koppeling"',
    permissions: 'Rechten',
    permissionsHint: 'Alleen wat het programma nodig heeft; nooit meer dan de rol van het lid toestaat',
    expires: 'Verloopt na (dagen)',
    failed: 'Het token is niet uitgegeven',
    submit: 'Token uitgeven',
  },
} satisfies Messages<typeof en>;
