import type { sessions as en } from '../en/sessions.ts';
import type { Messages } from '../messages.ts';

export const sessions = {
  attendance: { attended: 'Aanwezig', absent: 'Afwezig', excused: 'Afgemeld' },
  booking: { booked: 'Geboekt', held: 'Vastgehouden' },
  status: { scheduled: 'Gepland', completed: 'Afgerond', cancelled: 'Geannuleerd' },
  kind: { personal: 'Persoonlijk', group: 'Groep' },
  phases: {
    preparation: 'Voorbereiding',
    immersion: 'Sessie / dosering',
    integration: 'Integratie',
    'follow-up': 'Nazorg',
  },
  zoneNote: 'Tijden zijn in {{zone}} (de tijdzone van de organisatie).',
  today: {
    title: 'Vandaag',
    all: 'Alle sessies van de organisatie (niet alleen die van u)',
    loading: 'De sessies van vandaag worden geladen',
    noneAll: 'Er zijn vandaag geen sessies gepland.',
    noneMine: 'U begeleidt vandaag geen sessie.',
    switchHint: ' Zet “Alle sessies” aan om die van iedereen te zien.',
    dosing: 'Dosering',
    room: 'Ruimte: {{room}}',
    noRoom: 'niet ingesteld',
    facilitators: 'Begeleiders: {{names}}',
    cancelled: 'Geannuleerd: {{reason}}',
    attendees: 'Deelnemers ({{count}})',
    nobody: 'Niemand is geboekt.',
    held: ' ({{held}}: niet vrijgegeven voor dosering)',
    conflict: 'Conflict',
  },
  comingUp: {
    title: 'Binnenkort (komende {{days}} dagen)',
    loading: 'De komende sessies worden geladen',
    noneAll: 'Er zijn geen sessies gepland.',
    noneMine: 'U begeleidt in deze dagen geen sessie.',
    label: 'Binnenkort',
  },
} satisfies Messages<typeof en>;
