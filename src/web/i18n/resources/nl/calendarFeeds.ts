import type { calendarFeeds as en } from '../en/calendarFeeds.ts';
import type { Messages } from '../messages.ts';

export const calendarFeeds = {
  title: 'Agendakoppeling',
  intro:
    'Een privéadres waarop een agenda-app (Google Agenda, Apple Agenda, Outlook) zich abonneert, zodat {{whose}} daar verschijnen en actueel blijven.',
  copyNow: 'Kopieer dit adres nu',
  onlyOnce:
    'Het wordt maar één keer getoond. Iedereen met dit adres ziet de planning: namen, tijden en locaties van sessies. {{advice}}; lekt het uit, trek het dan in en maak een nieuw adres aan.',
  address: 'Adres van de koppeling',
  copied: 'Gekopieerd',
  copy: 'Adres kopiëren',
  done: 'Klaar, verbergen',
  none: 'Nog geen koppeling.',
  created: 'Koppeling aangemaakt',
  revokeLabel: 'De koppeling van {{when}} intrekken',
  revoke: 'Intrekken',
  notCreated: 'De koppeling kon niet worden aangemaakt',
  another: 'Nog een koppeling aanmaken',
  create: 'Agendakoppeling aanmaken',
  revokeTitle: 'Deze agendakoppeling intrekken?',
  revokeConfirm: 'Koppeling intrekken',
  revokeBody:
    'Agenda-apps met een abonnement op dit adres krijgen geen updates meer. Dit kan niet ongedaan worden gemaakt; u kunt daarna een nieuwe koppeling aanmaken.',
} satisfies Messages<typeof en>;
