import type { errors as en } from '../en/errors.ts';
import type { Messages } from '../messages.ts';
import { fieldCodes } from './errors-fields.ts';
import { portalErrors } from './portalErrors.ts';

export const errors = {
  session: {
    signedOut: 'Afgemeld',
    sessionEnded: 'Uw sessie is beëindigd. Meld u opnieuw aan.',
  },
  titles: {
    validation: 'Ongeldige invoer',
    unauthenticated: 'Niet aangemeld',
    'invalid-credentials': 'Aanmelden mislukt',
    'totp-required': 'Verificatiecode nodig',
    forbidden: 'Niet toegestaan',
    'two-factor-required': 'Aanmelden in twee stappen vereist',
    'not-found': 'Niet gevonden',
    conflict: 'Conflict',
    'rate-limited': 'Te veel verzoeken',
    gone: 'Niet meer beschikbaar',
    'precondition-failed': 'Voorwaarde niet vervuld',
    'bad-request': 'Ongeldig verzoek',
    'payload-too-large': 'Te groot',
    'unsupported-media-type': 'Ongeldig verzoek',
    csrf: 'Niet toegestaan',
    unavailable: 'Even druk, probeer het opnieuw',
    internal: 'Fout op de server',
  },
  fields: {
    blank: 'Mag niet leeg zijn.',
    integer: 'Moet een heel getal zijn.',
    date: 'Moet een datum zijn (JJJJ-MM-DD).',
    'date-time': 'Moet een datum en tijd zijn.',
    future: 'Kan niet in de toekomst liggen.',
    'too-old': 'Ligt te ver in het verleden.',
    email: 'Is geen e-mailadres.',
    'not-member': 'Is geen lid van deze organisatie.',
    'not-attendee': 'Neemt niet deel aan deze sessie.',
    'time-zone': 'Is geen tijdzone (bijvoorbeeld Europe/Amsterdam).',
    required: 'Is verplicht.',
    additionalProperties: 'Is geen bekend veld.',
    enum: 'Moet een van deze zijn: {{allowedValues}}.',
    const: 'Moet {{allowedValue}} zijn.',
    type: 'Heeft het verkeerde soort waarde.',
    maxLength_one: 'Mag hoogstens {{count}} teken lang zijn.',
    maxLength_other: 'Mag hoogstens {{count}} tekens lang zijn.',
    minLength_one: 'Mag niet leeg zijn.',
    minLength_other: 'Moet minstens {{count}} tekens lang zijn.',
    maximum: 'Moet {{limit}} of minder zijn.',
    minimum: 'Moet {{limit}} of meer zijn.',
    exclusiveMaximum: 'Moet minder dan {{limit}} zijn.',
    exclusiveMinimum: 'Moet meer dan {{limit}} zijn.',
    multipleOf: 'Moet een veelvoud van {{multipleOf}} zijn.',
    maxItems: 'Mag hoogstens {{limit}} items hebben.',
    minItems: 'Moet minstens {{limit}} items hebben.',
    maxProperties: 'Mag hoogstens {{limit}} velden hebben.',
    minProperties: 'Moet minstens {{limit}} velden hebben.',
    uniqueItems: 'Mag hetzelfde item niet twee keer noemen.',
    format: 'Heeft niet de verwachte vorm ({{format}}).',
    formats: {
      email: 'Moet een e-mailadres zijn (naam@voorbeeld.nl).',
      date: 'Moet een datum zijn in de vorm JJJJ-MM-DD.',
      'date-time': 'Moet een datum en tijd zijn.',
      time: 'Moet een tijd zijn (UU:MM).',
      uuid: 'Moet een id in UUID-vorm zijn.',
      uri: 'Moet een webadres zijn (https://…).',
    },
    pattern: 'Heeft niet de verwachte vorm.',
  },
  codes: {
    ...portalErrors.codes,
    'api-token-header': 'De Authorization-header moet "Bearer <API-token>" zijn.',
    'api-token-invalid': 'Het API-token is niet geldig: onbekend, verlopen of ingetrokken.',
    'sign-in-failed': 'E-mailadres of wachtwoord is onjuist.',
    'sign-in-needed': 'Meld u aan om verder te gaan.',
    'totp-code-needed': 'Vul de zescijferige code uit uw authenticator-app in.',
    'two-factor-needed-by':
      '{{organization}} vereist inloggen in twee stappen. Stel het in op uw accountpagina om verder te gaan.',
    'account-exists':
      '{{email}} heeft al een Threshold-account. Een beheerder kan het aan deze organisatie toevoegen met "threshold user create".',
    'alert-resolved-already': 'Deze melding is al afgehandeld.',
    'alert-stale': 'Deze melding is intussen gewijzigd; laad haar opnieuw.',
    'application-checklist-changed':
      'De screeningschecklist is gewijzigd sinds deze zelfrapportage: vraag de aanmelder zich opnieuw aan te melden.',
    'application-decided-already': 'Over deze aanmelding is al besloten ({{status}}).',
    'application-self-report-changed':
      'De aanmelder heeft een nieuwe zelfrapportage gestuurd sinds u deze opende: lees die opnieuw.',
    'application-stale': 'Over deze aanmelding is door iemand anders besloten. Er is niets opgeslagen.',
    'at-home-cannot-start': 'Deze thuissessie kan niet beginnen: {{reasons}}',
    'at-home-dosing-only': 'Alleen een doseringssessie kan als thuissessie worden gemarkeerd.',
    'bed-allocation-concurrent':
      'Dat bed of die gast is op hetzelfde moment toegewezen: laad opnieuw en probeer het nog eens.',
    'bed-in-use':
      'Bed {{label}} is toegewezen voor een verblijf dat nog niet voorbij is: verwijder eerst die toewijzing.',
    'bed-taken': 'Bed {{label}} in {{name}} is al toegewezen.',
    'bed-taken-night': 'Bed {{label}} is al toegewezen voor een nacht van dit verblijf.',
    'calendar-feed-own': 'U mag alleen een agendafeed van uw eigen sessies maken.',
    'calendar-feed-role': 'Uw rol ({{role}}) mag geen agendafeed van een cliënt maken.',
    // Each count in its own plural form: the nested words below (1 probleem, 2 problemen; 1 rij, 2 rijen).
    'import-refused':
      'Er is niets geïmporteerd: $t(errors:importCounts.problems, {"count": {{count}} }) in $t(errors:importCounts.rows, {"count": {{rows}} }). Los ze op en importeer opnieuw; het bestand controleren toont ze allemaal.',
    'ceq-copy-missing':
      'Deze organisatie heeft geen gelicentieerd exemplaar van de CEQ: een eigenaar of clinicus importeert dat eerst.',
    'client-archived': 'Deze cliënt is gearchiveerd: zet de cliënt terug om in te schrijven.',
    'client-enrolled-already': 'Deze cliënt is al ingeschreven voor {{name}}.',
    'client-no-email': 'Deze cliënt heeft geen e-mailadres: voeg er een toe om vragenlijsten te sturen.',
    'client-restricted-already': 'Deze cliënt is al afgeschermd.',
    'client-restricted-no-additions':
      'Het dossier van deze cliënt is afgeschermd: er wordt niets nieuws aan toegevoegd.',
    'client-restricted-no-enrollment':
      'Het dossier van deze cliënt is afgeschermd: de cliënt kan niet worden ingeschreven.',
    'client-version-stale':
      'Deze cliënt is door iemand anders gewijzigd (u bewerkte versie {{seen}}; de huidige versie is {{current}}). Er is niets opgeslagen.',
    'cohort-cancelled': 'De groep {{name}} is geannuleerd.',
    'cohort-capacity-below-enrolled':
      'De groep heeft {{enrolled}} ingeschreven cliënten: de capaciteit kan niet lager zijn dan dat.',
    'cohort-full': 'De groep {{name}} is vol ({{enrolled}} van {{capacity}} plaatsen).',
    'cohort-nights-missing':
      'Stel de nachten van de groep in (aankomst en vertrek) voordat u bedden toewijst.',
    'cohort-stale': 'Deze groep is door iemand anders gewijzigd. Er is niets opgeslagen.',
    'cohort-version-stale':
      'Deze groep is door iemand anders gewijzigd (u bewerkte versie {{seen}}; de huidige versie is {{current}}). Er is niets opgeslagen.',
    'consent-before-eligible':
      'De inschrijving is {{status}}: een cliënt geeft toestemming nadat een clinicus heeft besloten dat die in aanmerking komt.',
    'consent-before-publication':
      'De toestemming is gedateerd op {{signedAt}}, vóór versie {{version}} van het toestemmingsdocument ("{{title}}") op {{publishedAt}} werd gepubliceerd: een cliënt ondertekent een versie nadat die gepubliceerd is. Controleer de datum van ondertekening.',
    'consent-document-altered':
      'De tekst van versie {{version}} van het toestemmingsdocument komt niet meer overeen met de gepubliceerde SHA-256: publiceer het opnieuw.',
    'consent-document-missing':
      'Dit programma heeft nog geen toestemmingsdocument: een clinicus publiceert dat eerst op de programmapagina.',
    'consent-document-outdated':
      'De toestemming moet gelden voor het huidige toestemmingsdocument: versie {{version}} ("{{title}}"), niet versie {{documentVersion}}.',
    'discharge-vitals-needed':
      'Leg een set vitale functies bij ontslag vast voordat u de cliënt klaar voor vertrek markeert.',
    'dose-not-at-home': 'Deze dosis is niet thuis genomen: er zijn geen check-ins om te beantwoorden.',
    'dose-refused-client': 'Voor deze cliënt kan geen dosis worden vastgelegd: {{reasons}}',
    'dosing-needs-clearance': 'Een doseringssessie vraagt een vrijgegeven cliënt: {{reasons}}',
    'dosing-version-stale':
      'Dit doseringsverslag is door iemand anders gewijzigd (u bewerkte versie {{seen}}; de huidige versie is {{current}}). Er is niets opgeslagen.',
    'eligibility-not-now':
      'De inschrijving is {{status}}: of iemand in aanmerking komt, wordt besloten zolang de cliënt in screening is.',
    'eligible-hard-stop':
      'De cliënt kan niet in aanmerking komen: een harde uitsluiting is met ja beantwoord ({{names}}).',
    'eligible-unanswered':
      'De cliënt kan niet in aanmerking komen zolang {{count}} vraag/vragen onbeantwoord of onbekend zijn.',
    'email-not-written': 'De e-mail kon niet worden opgesteld: de cliënt kan niet worden gemaild.',
    'enrollment-closed-for-booking':
      'De inschrijving is {{status}}: er kunnen geen sessies meer voor worden geboekt.',
    'enrollment-move-by-consent':
      'Een inschrijving kan niet rechtstreeks naar {{to}} gaan. Toestemming wordt vastgelegd door het ondertekende toestemmingsdocument te registreren.',
    'enrollment-move-by-screening':
      'Een inschrijving kan niet rechtstreeks naar {{to}} gaan. Of iemand in aanmerking komt, legt een clinicus vast met een besluit over een screening.',
    'enrollment-move-indirect': 'Een inschrijving kan niet rechtstreeks naar {{to}} gaan.',
    'enrollment-move-refused': 'Een inschrijving kan niet van {{from}} naar {{to}} gaan.',
    'enrollment-stale': 'Deze inschrijving is door iemand anders gewijzigd. Er is niets opgeslagen.',
    'enrollment-status': 'De inschrijving is {{status}}.',
    'enrollment-status-already': 'De inschrijving is al {{from}}.',
    'enrollment-status-by-consent':
      "Een inschrijving wordt 'toestemming gegeven' wanneer de toestemming van de cliënt is vastgelegd (POST /api/enrollments/{{id}}/consents), niet rechtstreeks.",
    'enrollment-status-by-decision':
      'Een inschrijving wordt {{to}} door het screeningsbesluit van een clinicus (POST /api/enrollments/{{id}}/screenings/:screeningId/decision), niet rechtstreeks.',
    'enrollment-version-stale':
      'Deze inschrijving is door iemand anders gewijzigd (u zag versie {{seen}}; de huidige versie is {{current}}). Er is niets opgeslagen.',
    'facilitator-booked-elsewhere': 'De begeleider is elders ingepland: {{clashes}}',
    'facilitator-fixed': 'De inschrijving is {{status}}: de begeleider kan niet meer veranderen.',
    'fhir-patient-create': 'Een Patient aanmaken vraagt de bevoegdheid client.create.',
    'guest-has-bed': '{{name}} heeft al een bed: verwijder dat eerst om te verplaatsen.',
    'integration-contact-booked': 'Het integratiecontact van deze doseringssessie is intussen al geboekt.',
    'last-owner': 'Een organisatie heeft minstens één eigenaar nodig. Maak eerst iemand anders eigenaar.',
    'listing-missing': 'Deze groep heeft geen aanbod (prijs, plaatsen): stel dat in voordat u besluit.',
    'listing-stale': 'Dit aanbod is door iemand anders gewijzigd. Er is niets opgeslagen.',
    'lot-code-taken': 'Er bestaat al een partij met code "{{code}}".',
    'medication-stale': 'Iemand heeft dit medicijn gewijzigd sinds u het opende.',
    'medication-unreadable': 'Een opgeslagen medicijn of regel is niet leesbaar.',
    'member-already': '{{email}} is al lid.',
    'mollie-not-set-up': 'Mollie is niet ingesteld voor deze organisatie.',
    'no-organization': 'U hoort nog niet bij een organisatie.',
    'not-dosing-session': 'Dit is geen doseringssessie.',
    'not-dosing-session-dose': 'Dit is geen doseringssessie: er kan geen dosis in worden vastgelegd.',
    'not-dosing-session-setting': 'Dit is geen doseringssessie: er is geen setting om vast te leggen.',
    'nothing-due': 'Er hoeft niets betaald te worden: deze boeking is betaald.',
    'offer-move-refused': 'Het aanbod is {{status}}: het kan niet {{to}} worden.',
    'offer-no-booking': 'Dit aanbod is {{status}}: er is geen boeking om te annuleren.',
    'offer-stale': 'Dit aanbod is door iemand anders gewijzigd. Er is niets opgeslagen.',
    'offer-status': 'Dit aanbod is {{status}}.',
    'organization-slug-taken': 'Er bestaat al een organisatie met slug "{{slug}}".',
    'override-baseline-only':
      'Alleen voor een basismeting (vóór de dosis) kan een uitzondering worden vastgelegd.',
    'override-not-needed':
      'Deze meting valt binnen de grenzen vóór de dosis: er is niets om een uitzondering voor te maken.',
    'own-role-changed': 'Uw rol in deze organisatie is intussen gewijzigd, dus er is niets veranderd.',
    'payment-concurrent': 'Deze betaling is op hetzelfde moment gewijzigd. Er is niets opgeslagen.',
    'payment-manual-only-transfer':
      'Alleen een bankoverschrijving wordt met de hand als ontvangen gemarkeerd.',
    'payment-not-receivable': 'Deze betaling is {{status}}: ze kan niet als ontvangen worden gemarkeerd.',
    'payment-nothing-to-refund': 'Deze betaling is {{status}}: er valt niets terug te betalen.',
    'payment-paid-already': 'Deze betaling is al als betaald gemarkeerd.',
    'payment-provider-refused':
      'De betaaldienst heeft de betaling niet aangenomen. Probeer het opnieuw of kies een andere manier van betalen.',
    'payment-settings-changed': 'De betaalinstellingen zijn door iemand anders gewijzigd.',
    'payment-settings-stale':
      'De betaalinstellingen zijn door iemand anders gewijzigd. Er is niets opgeslagen.',
    'payment-stale': 'Deze betaling is door iemand anders gewijzigd. Er is niets opgeslagen.',
    'planned-dose-unreadable': 'De geplande dosis van de sessie is niet leesbaar.',
    'planned-dose-unreadable-record':
      'De geplande dosis van de sessie is niet leesbaar: de dosis kan er niet aan worden getoetst, dus er wordt geen vastgelegd.',
    'program-archived-cohort': '{{name}} is gearchiveerd: zet het terug om een groep te starten.',
    'program-archived-enroll': '{{name}} is gearchiveerd: zet het terug om cliënten in te schrijven.',
    'program-format-fixed':
      'De vorm kan niet van {{from}} naar {{to}} veranderen: het programma heeft groepen of inschrijvingen. Maak in plaats daarvan een nieuw programma.',
    'program-stale': 'Dit programma is door iemand anders gewijzigd. Er is niets opgeslagen.',
    'program-version-stale':
      'Dit programma is door iemand anders gewijzigd (u bewerkte versie {{seen}}; de huidige versie is {{current}}). Er is niets opgeslagen.',
    'questionnaire-not-open':
      'Deze vragenlijst opent op {{date}} om {{time}} ({{timezone}}): een antwoord daarvoor telt niet voor dit meetmoment.',
    'questionnaire-sending':
      'Deze vragenlijst wordt op dit moment verstuurd. Er is niets twee keer verstuurd.',
    'questionnaire-undated':
      'Deze vragenlijst heeft nog geen datum: de sessie waarop ze volgt is niet ingepland.',
    'reading-overridden-already': 'Voor deze meting is al een uitzondering vastgelegd.',
    'refund-changed':
      'De terugbetaling volgens de voorwaarden is gewijzigd sinds die werd getoond. Er is niets opgeslagen.',
    'role-may-not': 'Uw rol ({{role}}) mag {{action}} niet uitvoeren.',
    'room-name-taken': 'Er bestaat al een ruimte met de naam "{{name}}".',
    'room-not-accessible': '{{guest}} heeft een toegankelijke kamer nodig; {{room}} is dat niet.',
    'room-one-gender': '{{room}} wordt alleen gedeeld door één gender.',
    'route-without-rule': 'Voor deze route is geen toegangsregel vastgelegd.',
    'screening-checklist-changed':
      'De checklist {{title}} is gewijzigd sinds deze screening (versie {{seen}}, nu {{current}}): leg een nieuwe screening vast.',
    'screening-decided-already': 'Over deze screening is al besloten ({{decision}}).',
    'screening-draft-not-now':
      'De inschrijving is {{status}}: er is geen screening om als concept te bewaren.',
    'screening-not-now':
      'De inschrijving is {{status}}: een screening wordt vastgelegd zolang een cliënt verwezen is, in screening is of niet in aanmerking kwam.',
    'screening-stale': 'Over deze screening is door iemand anders besloten. Er is niets opgeslagen.',
    'screening-superseded': 'Er is een nieuwere screening vastgelegd: besluit over de laatste.',
    'session-cancelled': 'Deze sessie is geannuleerd.',
    'session-dosed-no-cancel':
      'In deze sessie is een dosis vastgelegd: de sessie kan niet worden geannuleerd.',
    'session-dosed-no-move':
      'In deze sessie is een dosis vastgelegd: de sessie kan niet meer worden verplaatst.',
    'session-not-started': 'De sessie is nog niet begonnen: vooraf kan alleen "afgemeld" worden vastgelegd.',
    'session-time-clash': 'De sessie kan niet op dat tijdstip worden geboekt: {{clashes}}',
    'session-version-stale':
      'Deze sessie is door iemand anders gewijzigd (u bewerkte versie {{seen}}; de huidige versie is {{current}}). Er is niets opgeslagen.',
    'stripe-not-set-up': 'Stripe is niet ingesteld voor deze organisatie.',
    'study-built-in':
      '"{{id}}" is een ingebouwd record: het is alleen-lezen en verandert alleen met een nieuwe versie van Threshold. Importeer het artikel om een eigen kopie te beheren.',
    'study-version-stale':
      'Deze studie is door iemand anders gewijzigd (u bewerkte versie {{seen}}; de huidige versie is {{current}}). Er is niets opgeslagen.',
    'token-account-route': 'API-sleutels kunnen geen accountroutes gebruiken: log daarvoor in op de app.',
    'token-scope-missing': 'De bevoegdheden van deze API-sleutel omvatten {{action}} niet.',
    'two-factor-off': 'Inloggen in twee stappen staat niet aan.',
    'two-factor-on-already': 'Inloggen in twee stappen staat al aan. Zet het eerst uit om het te wijzigen.',
    'two-factor-required-by': '{{organizations}} vereist inloggen in twee stappen, dus het kan niet uit.',
    'two-factor-setup-first': 'Begin eerst met het instellen van inloggen in twee stappen.',
  },
  importCounts: {
    problems_one: '{{count}} probleem',
    problems_other: '{{count}} problemen',
    rows_one: '{{count}} rij',
    rows_other: '{{count}} rijen',
  },
  fieldCodes,
} satisfies Messages<typeof en>;
