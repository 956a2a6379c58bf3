import type { organization as en } from '../en/organization.ts';
import type { Messages } from '../messages.ts';

export const organization = {
  title: 'Organisatie-instellingen',
  loading: 'Organisatie wordt geladen',
  settings: 'Instellingen',
  crisisLines: 'Crisislijnen',
  loadingCrisisLines: 'Crisislijnen worden geladen',
  about: 'Over',
  slug: 'Korte naam (slug)',
  created: 'Aangemaakt',
  locale: {
    heading: 'Taal, datumnotatie en tijdzone',
    intro:
      'Medewerkers zien de app in deze taal, tenzij ze zelf een andere kiezen; elke datum en tijd wordt zo geschreven, in deze tijdzone. E-mails vermelden de tijdzone.',
    locale: 'Taal en datumnotatie',
    localeOptions: {
      'nl-NL': 'Nederlands (Nederland): 05-12-2026 14:30',
      'en-GB': 'English (United Kingdom): 05/12/2026, 14:30',
      'en-US': 'English (United States): 12/05/2026, 2:30 PM',
    },
    timezone: 'Tijdzone',
    timezoneHint: 'Waar de sessies plaatsvinden. Typ om te zoeken, bijvoorbeeld Amsterdam.',
    timezoneInvalid: 'Kies een tijdzone uit de lijst.',
    example: 'De tijd van nu, zo geschreven: {{example}}',
    save: 'Taal en tijdzone opslaan',
    saved: 'Taal en tijdzone opgeslagen.',
    notSaved: 'Taal en tijdzone niet opgeslagen',
  },
} satisfies Messages<typeof en>;
