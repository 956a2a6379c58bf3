/** De ingebouwde Nederlandse berichten (een organisatie kan elk ervan vervangen: src/server/messages). */
import type { MessageKind, MessageTemplate } from './kinds.ts';

const SAFETY =
  'Voelt u zich onveilig of denkt u aan zelfbeschadiging, wacht dan niet op een afspraak: bel uw behandelaar of, in nood, 112.';

export const NL: Record<MessageKind, MessageTemplate> = {
  enrollment: {
    subject: 'Welkom bij {{organization}}',
    preview: 'Uw plaats is bevestigd.',
    body: `Beste {{clientName}},

{{organization}} heeft u ingeschreven voor {{program}}. We mailen u als een afspraak wordt gemaakt, verplaatst of geannuleerd, en de dag voor elke afspraak.

Al uw afspraken staan in uw portaal: {{portalLink}}
Vul daar uw e-mailadres in; we sturen u een link om in te loggen.

${SAFETY}`,
  },
  'session-booked': {
    subject: 'Uw afspraak bij {{organization}} op {{date}}',
    preview: '{{date}} om {{time}} ({{timezone}})',
    body: `Beste {{clientName}},

{{organization}} heeft een afspraak voor u gemaakt:

{{session}}
{{date}} om {{time}} ({{timezone}})
Plaats: {{place}}

Al uw afspraken staan in uw portaal: {{portalLink}}`,
  },
  'sessions-booked': {
    subject: 'Uw afspraken bij {{organization}} staan vast',
    preview: 'Uw toestemming is vastgelegd; deze data staan nu vast.',
    body: `Beste {{clientName}},

Uw toestemming is vastgelegd, en {{organization}} heeft deze afspraken voor u gemaakt:

{{sessions}}

Al uw afspraken staan in uw portaal: {{portalLink}}`,
  },
  'session-moved': {
    subject: 'Uw afspraak bij {{organization}} is verplaatst',
    preview: 'Nieuwe tijd: {{date}} om {{time}} ({{timezone}})',
    body: `Beste {{clientName}},

{{organization}} heeft uw afspraak verplaatst:

{{session}}
Nu: {{date}} om {{time}} ({{timezone}})
Was: {{previousDate}} om {{previousTime}}
Plaats: {{place}}

Al uw afspraken staan in uw portaal: {{portalLink}}`,
  },
  'session-cancelled': {
    subject: 'Uw afspraak bij {{organization}} op {{date}} gaat niet door',
    preview: 'De afspraak is geannuleerd. {{organization}} neemt contact met u op.',
    body: `Beste {{clientName}},

{{organization}} heeft uw afspraak geannuleerd:

{{session}}
{{date}} om {{time}} ({{timezone}})

De afspraak gaat niet door. Hebt u vragen, neem dan contact op met {{organization}}.

Al uw afspraken staan in uw portaal: {{portalLink}}`,
  },
  'session-reminder': {
    subject: 'Uw afspraak bij {{organization}} morgen',
    preview: 'Morgen om {{time}} ({{timezone}})',
    body: `Beste {{clientName}},

Een herinnering aan uw afspraak morgen:

{{session}}
{{date}} om {{time}} ({{timezone}})
Plaats: {{place}}

Kunt u niet komen, laat het {{organization}} dan zo snel mogelijk weten.

${SAFETY}`,
  },
  consent: {
    subject: 'Een document van {{organization}} om te lezen',
    preview: 'Lees het graag voor uw volgende afspraak.',
    body: `Beste {{clientName}},

Voordat u deelneemt aan {{program}}, vraagt {{organization}} u het toestemmingsdocument hieronder te lezen: "{{document}}". Onderteken het in uw portaal als u het gelezen hebt (of samen met uw behandelaar); stel gerust uw vragen.

{{documentText}}

Lezen en ondertekenen: {{consentLink}}`,
  },
  questionnaires: {
    subject: 'Uw check-in van {{organization}}',
    preview: 'Een paar korte vragen; het kost een paar minuten.',
    body: `Beste {{clientName}},

{{organization}} vraagt u een korte check-in in te vullen. Open elke persoonlijke link hieronder op uw telefoon of computer (u hoeft niet in te loggen):

{{questionnaires}}

Deel deze links met niemand: wie ze heeft, kan uw antwoorden geven.
${SAFETY}`,
  },
  'questionnaires-reminder': {
    subject: 'Herinnering: uw check-in van {{organization}}',
    preview: 'U kunt hem nog invullen.',
    body: `Beste {{clientName}},

{{organization}} stuurde u een check-in die nog openstaat. U kunt hem nog invullen met deze persoonlijke links (u hoeft niet in te loggen):

{{questionnaires}}

Deel deze links met niemand: wie ze heeft, kan uw antwoorden geven.
${SAFETY}`,
  },
  offer: {
    subject: 'Een plek voor u bij {{organization}}',
    preview: 'Graag uw antwoord vóór {{deadline}}.',
    body: `Beste {{clientName}},

{{organization}} heeft een plek voor u in {{program}}, vanaf {{startDate}}. We houden die plek voor u vrij tot {{deadline}}.

Neem de plek hier aan of sla hem af:
{{offerLink}}

Hebben we dan niets van u gehoord, dan gaat de plek naar de volgende op de wachtlijst.`,
  },
  'application-received': {
    subject: 'Uw aanmelding bij {{organization}} is binnen',
    preview: 'We nemen contact met u op.',
    body: `Beste {{clientName}},

Dank u wel voor uw aanmelding voor {{program}}, vanaf {{startDate}}. We hebben hem goed ontvangen.

Een behandelaar van {{organization}} leest wat u over uw gezondheid en medicijnen hebt ingevuld en neemt contact met u op. Pas daarna hoort u of er een plek voor u is; u hoeft nu niets te doen of te betalen.

Hebt u zich niet aangemeld? Dan kunt u dit bericht negeren.`,
  },
  'balance-reminder': {
    subject: 'Uw restbedrag voor {{organization}} vervalt op {{dueDate}}',
    preview: 'Een herinnering: het restbedrag vervalt op {{dueDate}}.',
    body: `Beste {{clientName}},

Het restbedrag van uw boeking voor {{program}} moet uiterlijk {{dueDate}} betaald zijn: {{amount}}.

{{paymentInstructions}}

Heeft u al betaald? Dan kunt u dit bericht negeren.`,
  },
};
