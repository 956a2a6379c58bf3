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
  form: {
    crisisTooLong: 'Het bericht telt {{length}} tekens; kort het in tot {{max}} of minder.',
    enterName: 'Vul een naam in.',
    minCell: 'Vul een geheel getal van {{min}} tot en met {{max}} in.',
    saved: 'Instellingen van de organisatie opgeslagen.',
    notSaved: 'Instellingen niet opgeslagen',
    name: 'Naam van de organisatie',
    requireTwoFactor: 'Tweestapsverificatie verplicht stellen voor alle medewerkers',
    requireTwoFactorHint:
      'Medewerkers zonder tweestapsverificatie moeten die eerst instellen voordat ze iets anders in deze organisatie kunnen doen.',
    lockoutTitle: 'U hebt zelf nog geen tweestapsverificatie ingesteld',
    lockoutBody: 'Na het opslaan wordt u gevraagd die in te stellen voordat u verder kunt.',
    crisis: 'Bericht bij crisis',
    crisisHint:
      'Wordt in het portaal aan een cliënt getoond direct na een antwoord dat op risico wijst (bijvoorbeeld PHQ-9 vraag 9 hoger dan 0), ongeacht de taal van het portaal. Als het leeg is, toont Threshold de standaardtekst (in het Nederlands voor Nederlandstalige cliënten):',
    crisisPlaceholder: 'Laat leeg om de standaardtekst te gebruiken',
    phone: 'Telefoonnummer van de kliniek',
    phoneHint:
      'Wordt een cliënt aangeboden om te bellen, na de crisislijnen, direct na een antwoord dat op risico wijst.',
    minCellLabel: 'Kleinste groep waarvoor onderzoekers cijfers zien',
    minCellHint:
      'Een uitkomstcijfer voor onderzoekers dat op minder cliënten berust, wordt verborgen met vermelding van de reden (standaard 5).',
    save: 'Instellingen opslaan',
  },
  crisis: {
    saved: 'Crisislijnen opgeslagen.',
    intro:
      'Wordt in het portaal aan een cliënt getoond zodra de cliënt een antwoord geeft dat op risico wijst, en nogmaals na het versturen, elk als nummer om op te tikken en te bellen, in de portaaltaal van de cliënt. Zonder lijnen voor een taal ziet de cliënt de lijnen van de andere taal; zonder enige lijn het alarmnummer {{emergency}}. Het telefoonnummer van de kliniek (in de instellingen hierboven) wordt altijd toegevoegd.',
    notSaved: 'Crisislijnen niet opgeslagen',
    none: 'Nog geen crisislijnen.',
    line: 'Lijn {{number}}',
    language: 'Taal',
    name: 'Naam',
    phone: 'Telefoon',
    hours: 'Bereikbaar',
    up: 'Lijn {{number}} omhoog',
    down: 'Lijn {{number}} omlaag',
    remove: 'Lijn {{number}} verwijderen',
    add: 'Een crisislijn toevoegen',
    save: 'Crisislijnen opslaan',
  },
} satisfies Messages<typeof en>;
