/**
 * Dutch texts of the program templates, by template and English text. Only the psilocybin retreat
 * (the Dutch program Threshold starts from) is translated; the KAP templates follow English-language
 * studies and stay English until a clinic needs them otherwise.
 */
export const NL_TEMPLATE_TEXTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'psilocybin-retreat': {
    'Psilocybin retreat (preparation, 3-day retreat, integration)':
      'Psilocybine-retreat (voorbereiding, retreat van 3 dagen, integratie)',
    'A cohort program: one personal and one group preparation session, a three-day psilocybin retreat, then one personal and one group integration session. PHQ-9 and GAD-7 before the retreat, a week after it, and at one and three months.':
      'Een groepsprogramma: één persoonlijke en één groepssessie ter voorbereiding, een psilocybine-retreat van drie dagen, daarna één persoonlijke en één groepssessie voor de integratie. PHQ-9 en GAD-7 vóór de retreat, een week erna, en na één en na drie maanden.',
    'Psilocybin retreat': 'Psilocybine-retreat',
    'Preparation (one personal and one group session), a three-day retreat with supporting activities held in a workshop space, and integration (one personal and one group session).':
      'Voorbereiding (één persoonlijke en één groepssessie), een retreat van drie dagen met ondersteunende activiteiten in een workshopruimte, en integratie (één persoonlijke en één groepssessie).',
    'Personal preparation session': 'Persoonlijke voorbereidingssessie',
    'One-to-one preparation: intentions, expectations, practical arrangements.':
      'Voorbereiding één op één: intenties, verwachtingen, praktische afspraken.',
    'Group preparation session': 'Voorbereidende groepssessie',
    'The cohort meets before the retreat.': 'De groep komt vóór de retreat bij elkaar.',
    'Retreat day': 'Retreatdag',
    'A retreat day with supporting activities. Every retreat day is marked as a dosing session, so a client can only be booked once eligible and consented; the day (or days) of the psilocybin ceremony and the dose are the clinic’s choice.':
      'Een retreatdag met ondersteunende activiteiten. Elke retreatdag is een doseersessie, zodat een cliënt pas kan worden ingepland als die geschikt is bevonden en toestemming heeft gegeven; de dag (of dagen) van de psilocybineceremonie en de dosis kiest de kliniek.',
    'Personal integration session': 'Persoonlijke integratiesessie',
    'Group integration session': 'Integratiesessie in de groep',
    Baseline: 'Nulmeting',
    'After the retreat': 'Na de retreat',
    '1 week after the retreat': '1 week na de retreat',
    '1 month after the retreat': '1 maand na de retreat',
    '3 months after the retreat': '3 maanden na de retreat',
    'Psilocybin retreat program in the Netherlands as described in the source article (“Research on Ketamine-Assisted Psychotherapy”): Preparation — 1 personal and 1 group session; Immersion — 3-day psilocybin retreat with supporting activities; Integration — 1 personal and 1 group integration session.':
      'Psilocybine-retreatprogramma in Nederland zoals beschreven in het bronartikel (“Research on Ketamine-Assisted Psychotherapy”): Voorbereiding — 1 persoonlijke en 1 groepssessie; Immersie — psilocybine-retreat van 3 dagen met ondersteunende activiteiten; Integratie — 1 persoonlijke en 1 groepsintegratiesessie.',
    'This is a program description, not a study: only the number of sessions per phase and the three retreat days come from it. Defaults for the clinic to set: the day and time of every session (preparation 14 and 7 days before the retreat, integration 7 and 14 days after it starts, 10:00), durations, facilitators needed, which retreat day(s) the psilocybin ceremony is on and the dose (every retreat day is a dosing session; no dose is set), the questionnaire timepoints and their windows, and the pre-dose blood-pressure limits. PHQ-9 and GAD-7 are scheduled; add WHO-5 or others in the builder. MEQ-30 after the last retreat day is optional.':
      'Dit is een programmabeschrijving, geen studie: alleen het aantal sessies per fase en de drie retreatdagen komen eruit. Standaardwaarden die de kliniek zelf instelt: de dag en tijd van elke sessie (voorbereiding 14 en 7 dagen vóór de retreat, integratie 7 en 14 dagen na de start, 10:00), de duur, het aantal begeleiders, op welke retreatdag(en) de psilocybineceremonie valt en de dosis (elke retreatdag is een doseersessie; er is geen dosis ingesteld), de meetmomenten van de vragenlijsten en hun vensters, en de bloeddrukgrenzen vóór dosering. PHQ-9 en GAD-7 zijn ingepland; voeg WHO-5 of andere toe in de programmabouwer. De MEQ-30 na de laatste retreatdag is optioneel.',
  },
};
