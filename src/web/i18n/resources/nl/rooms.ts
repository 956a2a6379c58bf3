import type { rooms as en } from '../en/rooms.ts';
import type { Messages } from '../messages.ts';

export const rooms = {
  title: 'Ruimtes',
  intro:
    'In ruimtes vinden sessies en groepen plaats. Een sessie met meer mensen dan de ruimte kan bevatten, wordt in de agenda gemarkeerd.',
  loading: 'Ruimtes worden geladen',
  none: 'Nog geen ruimtes.',
  table: 'Ruimtes',
  room: 'Ruimte',
  capacity: 'Capaciteit',
  actions: 'Acties',
  archived: ' (gearchiveerd)',
  edit: 'Bewerken',
  addTitle: 'Een ruimte toevoegen',
  enterName: 'Vul een naam in.',
  enterCapacity: 'Vul in voor hoeveel mensen de ruimte plaats biedt (1 of meer).',
  saved: '{{name}} is opgeslagen.',
  editForm: '{{name}} bewerken',
  notSaved: 'Niet opgeslagen',
  name: 'Naam van de ruimte',
  capacityLabel: 'Capaciteit (personen)',
  save: 'Ruimte opslaan',
  add: 'Ruimte toevoegen',
} satisfies Messages<typeof en>;
