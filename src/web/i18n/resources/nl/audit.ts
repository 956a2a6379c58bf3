import type { audit as en } from '../en/audit.ts';
import type { Messages } from '../messages.ts';

export const audit = {
  title: 'Audittrail',
  intro: 'Elke wijziging en aanmelding in deze organisatie, nieuwste eerst.',
  filters: {
    title: 'Filters',
    form: 'Auditfilters',
    apply: 'Filters toepassen',
    clear: 'Filters wissen',
    names: {
      actor: 'Uitgevoerd door',
      action: 'Handeling',
      entityType: 'Soort gegeven',
      entityId: 'ID van het gegeven',
      from: 'Vanaf',
      to: 'Tot',
    },
    descriptions: {
      actor: 'Gebruikers-ID of e-mailadres',
      action: 'Precies, of een begin dat eindigt op “.”, zoals client.',
      entityType: 'Bijvoorbeeld client of member',
    },
  },
  integrity: {
    title: 'Integriteit',
    intro:
      'Elke gebeurtenis is met een hash aan de vorige gekoppeld, zodat elke latere wijziging van de audittrail te zien is.',
    verify: 'Keten controleren',
    failed: 'De keten kon niet worden gecontroleerd',
    intact: 'De audittrail is ongeschonden',
    altered: 'De audittrail is gewijzigd',
    checked_one: '{{count}} gebeurtenis gecontroleerd; elke schakel van de keten is intact.',
    checked_other: '{{count}} gebeurtenissen gecontroleerd; elke schakel van de keten is intact.',
    breaks: 'De keten breekt bij gebeurtenis #{{seq}}: {{reason}}. {{checked}} gebeurtenissen gecontroleerd.',
    unknownReason: 'onbekende reden',
    missing_one: '{{count}} gebeurtenis ontbreekt: verwijderd uit de database.',
    missing_other: '{{count}} gebeurtenissen ontbreken: verwijderd uit de database.',
  },
  events: {
    title: 'Gebeurtenissen',
    loading: 'Auditgebeurtenissen worden geladen',
    none: 'Geen gebeurtenissen passen bij deze filters.',
    shown_one: '{{count}} gebeurtenis getoond.',
    shown_other: '{{count}} gebeurtenissen getoond.',
    shownAll_one: '{{count}} gebeurtenis getoond (de oudste is bereikt).',
    shownAll_other: '{{count}} gebeurtenissen getoond (de oudste is bereikt).',
    older: 'Oudere laden',
  },
  table: {
    label: 'Auditgebeurtenissen',
    time: 'Tijd',
    actor: 'Door',
    action: 'Handeling',
    entity: 'Gegeven',
    ip: 'IP',
    details: 'Details',
    system: 'Systeem',
    client: 'cliënt',
  },
} satisfies Messages<typeof en>;
