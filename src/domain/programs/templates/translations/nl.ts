/**
 * Dutch texts of the program templates, by template and English text. Every text a program copies
 * is here; a bibliographic citation of a published study (a source with a DOI) is not, and stays as
 * the paper has it. Numbers, study names and quoted wrong citations are kept exactly.
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
  'kap-yermus-2023': {
    'Ketamine-assisted psychotherapy, 4–6 sessions (Yermus et al. 2023)':
      'Ketamine-ondersteunde psychotherapie, 4–6 sessies (Yermus et al. 2023)',
    'Six ketamine sessions (the study’s range is 4–6), IM or sublingual, with integration psychotherapy after doses 1 and 2 and then after every two doses. PHQ-9, GAD-7 and PCL-5 at baseline, 1, 3 and 6 months.':
      'Zes ketaminesessies (in de studie 4–6), IM of sublinguaal, met integratiepsychotherapie na dosis 1 en 2 en daarna na elke twee doses. PHQ-9, GAD-7 en PCL-5 bij de nulmeting en na 1, 3 en 6 maanden.',
    'Ketamine-assisted psychotherapy (4–6 sessions)': 'Ketamine-ondersteunde psychotherapie (4–6 sessies)',
    'Ketamine sessions (IM or sublingual) with psychotherapy-only integration visits after the first and second doses, then after every two doses.':
      'Ketaminesessies (IM of sublinguaal) met integratiebezoeken met alleen psychotherapie na de eerste en de tweede dosis, daarna na elke twee doses.',
    'Ketamine session': 'Ketaminesessie',
    'IM or sublingual ketamine; the clinic sets the route and dose.':
      'Ketamine IM of sublinguaal; de kliniek bepaalt de toedieningsweg en de dosis.',
    'Integration psychotherapy': 'Integratiepsychotherapie',
    'Psychotherapy-only visit, after doses 1, 2, 4 and 6.':
      'Bezoek met alleen psychotherapie, na dosis 1, 2, 4 en 6.',
    Baseline: 'Nulmeting',
    '1 month': '1 maand',
    '3 months': '3 maanden',
    '6 months': '6 maanden',
    'From the study (retrospective, single-arm, 1,806 adults in 11 clinics): 4–6 ketamine sessions, IM or sublingual; psychotherapy-only visits after doses 1 and 2, then after every two doses; PHQ-9, GAD-7 and PCL-6 with the primary timepoint at 3 months and also 1 and 6 months. Most people were lost to follow-up (82% at 3 months, 95% at 6 months). The template ships 6 ketamine sessions, the top of the 4–6 range (remove sessions for a shorter course; the study’s mean was 4 doses). Defaults for the clinic to set: route (IM or sublingual) and dose (not set), weekly spacing, integration the day after doses 1, 2, 4 and 6, all times and durations, facilitators needed, months counted from the first dose, the questionnaire windows, and the pre-dose blood-pressure limits. The study used the PCL-6; Threshold scores the PCL-5, so PTSD scores are not comparable with the study’s.':
      'Uit de studie (retrospectief, één arm, 1.806 volwassenen in 11 klinieken): 4–6 ketaminesessies, IM of sublinguaal; bezoeken met alleen psychotherapie na dosis 1 en 2, daarna na elke twee doses; PHQ-9, GAD-7 en PCL-6 met het primaire meetmoment na 3 maanden en ook na 1 en 6 maanden. De meeste deelnemers vielen uit bij de follow-up (82% na 3 maanden, 95% na 6 maanden). Het sjabloon bevat 6 ketaminesessies, de bovenkant van het bereik 4–6 (verwijder sessies voor een kortere behandeling; in de studie waren het gemiddeld 4 doses). Standaardwaarden die de kliniek zelf instelt: toedieningsweg (IM of sublinguaal) en dosis (niet ingesteld), een week tussen de sessies, integratie de dag na dosis 1, 2, 4 en 6, alle tijden en de duur, het aantal begeleiders, maanden geteld vanaf de eerste dosis, de vensters van de vragenlijsten, en de bloeddrukgrenzen vóór dosering. De studie gebruikte de PCL-6; Threshold scoort de PCL-5, dus de PTSS-scores zijn niet vergelijkbaar met die van de studie.',
  },
  'kap-ptsd-feder-2025': {
    'Ketamine infusions + written exposure therapy for PTSD (Feder et al. 2025)':
      'Ketamine-infusies + schriftelijke exposuretherapie bij PTSS (Feder et al. 2025)',
    'Six IV ketamine infusions of 0.5 mg/kg, three a week over two weeks, and five written exposure therapy sessions on non-infusion days starting after the fourth infusion. PCL-5 at baseline, week 12 after therapy starts and 6 months.':
      'Zes intraveneuze ketamine-infusies van 0,5 mg/kg, drie per week gedurende twee weken, en vijf sessies schriftelijke exposuretherapie op dagen zonder infusie, vanaf de vierde infusie. PCL-5 bij de nulmeting, in week 12 na de start van de therapie en na 6 maanden.',
    'Ketamine infusions + written exposure therapy (PTSD)':
      'Ketamine-infusies + schriftelijke exposuretherapie (PTSS)',
    'Six intravenous ketamine infusions (0.5 mg/kg), three a week over two weeks. Written exposure therapy (five sessions) starts after the fourth infusion, on days without an infusion.':
      'Zes intraveneuze ketamine-infusies (0,5 mg/kg), drie per week gedurende twee weken. De schriftelijke exposuretherapie (vijf sessies) begint na de vierde infusie, op dagen zonder infusie.',
    'Ketamine infusion': 'Ketamine-infusie',
    'IV ketamine 0.5 mg/kg (the study’s dose). Infusion length, monitoring and recovery follow the clinic’s protocol.':
      'Ketamine IV 0,5 mg/kg (de dosis uit de studie). Duur van de infusie, bewaking en herstel volgen het protocol van de kliniek.',
    'Written exposure therapy': 'Schriftelijke exposuretherapie',
    'Written exposure therapy (WET), on a day without an infusion.':
      'Schriftelijke exposuretherapie (WET), op een dag zonder infusie.',
    Baseline: 'Nulmeting',
    'Week 12 after therapy starts': 'Week 12 na de start van de therapie',
    '6 months': '6 maanden',
    'From the study (single-arm, open-label, 14 started): IV ketamine 0.5 mg/kg, six infusions, three a week over two weeks; five written exposure therapy sessions over two weeks, starting after the fourth infusion, on non-infusion days; primary outcome at week 12 after therapy started; follow-up to 6 months. Defaults for the clinic to set: the infusion days (Monday, Wednesday, Friday from a Monday start), the therapy days (8, 10, 14, 16 and 18), all times and durations, facilitators needed, the questionnaire windows, and the pre-dose blood-pressure limits. Week 12 after therapy starts is placed 92 days after the first infusion (the first therapy day is day 8), and 6 months is counted from the first infusion. The study’s primary measure, the clinician-rated CAPS-5, is not in Threshold’s questionnaire registry: the template schedules the self-report PCL-5 instead, which is not the study’s outcome measure.':
      'Uit de studie (één arm, open-label, 14 gestart): ketamine IV 0,5 mg/kg, zes infusies, drie per week gedurende twee weken; vijf sessies schriftelijke exposuretherapie in twee weken, vanaf de vierde infusie, op dagen zonder infusie; primaire uitkomst in week 12 na de start van de therapie; follow-up tot 6 maanden. Standaardwaarden die de kliniek zelf instelt: de infusiedagen (maandag, woensdag, vrijdag bij een start op maandag), de therapiedagen (8, 10, 14, 16 en 18), alle tijden en de duur, het aantal begeleiders, de vensters van de vragenlijsten, en de bloeddrukgrenzen vóór dosering. Week 12 na de start van de therapie valt 92 dagen na de eerste infusie (de eerste therapiedag is dag 8), en 6 maanden wordt geteld vanaf de eerste infusie. De primaire uitkomstmaat van de studie, de door de clinicus afgenomen CAPS-5, staat niet in het vragenlijstregister van Threshold: het sjabloon plant in plaats daarvan de zelfrapportage PCL-5, en dat is niet de uitkomstmaat van de studie.',
  },
  'kap-chronic-pain-batievsky-2023': {
    'Ketamine-assisted psychotherapy for chronic pain, two approaches (Batievsky et al. 2023)':
      'Ketamine-ondersteunde psychotherapie bij chronische pijn, twee benaderingen (Batievsky et al. 2023)',
    'Two arms: psychedelic (high-dose IM ketamine 24 h before each therapy session) and psycholytic (low-dose sublingual ketamine during therapy). MEQ-30 after sessions 1, 3 and 6; GAD-7 and PCL-5 before and after.':
      'Twee armen: psychedelisch (hooggedoseerde ketamine IM 24 uur vóór elke therapiesessie) en psycholytisch (laaggedoseerde sublinguale ketamine tijdens de therapie). MEQ-30 na sessie 1, 3 en 6; GAD-7 en PCL-5 ervoor en erna.',
    'Ketamine-assisted psychotherapy for chronic pain':
      'Ketamine-ondersteunde psychotherapie bij chronische pijn',
    'Six ketamine-assisted psychotherapy sessions in one of two approaches: psychedelic (high-dose IM ketamine the day before therapy) or psycholytic (low-dose sublingual ketamine during therapy).':
      'Zes sessies ketamine-ondersteunde psychotherapie volgens een van twee benaderingen: psychedelisch (hooggedoseerde ketamine IM de dag vóór de therapie) of psycholytisch (laaggedoseerde sublinguale ketamine tijdens de therapie).',
    Psychedelic: 'Psychedelisch',
    'High-dose IM ketamine 24 hours before each psychotherapy session.':
      'Hooggedoseerde ketamine IM, 24 uur vóór elke psychotherapiesessie.',
    Psycholytic: 'Psycholytisch',
    'Low-dose sublingual ketamine (lozenge) during each psychotherapy session.':
      'Laaggedoseerde sublinguale ketamine (zuigtablet) tijdens elke psychotherapiesessie.',
    'Ketamine session (high-dose IM)': 'Ketaminesessie (hooggedoseerd, IM)',
    'High-dose IM ketamine, 24 hours before the psychotherapy session. Dose set by the clinic.':
      'Hooggedoseerde ketamine IM, 24 uur vóór de psychotherapiesessie. De kliniek bepaalt de dosis.',
    'Psychotherapy session': 'Psychotherapiesessie',
    'Psychotherapy 24 hours after the ketamine session.': 'Psychotherapie 24 uur na de ketaminesessie.',
    'Psychotherapy with sublingual ketamine': 'Psychotherapie met sublinguale ketamine',
    'Low-dose sublingual ketamine lozenge during psychotherapy. Dose set by the clinic.':
      'Laaggedoseerde sublinguale ketamine als zuigtablet tijdens de psychotherapie. De kliniek bepaalt de dosis.',
    Baseline: 'Nulmeting',
    'After ketamine session': 'Na de ketaminesessie',
    'After the last session': 'Na de laatste sessie',
    'Circulated with the wrong authors (as "Drozdz SJ, Goel A, … Ladha KS 2023"). From the study (observational pilot, 10 people with chronic pain and major depression, no control): a "psychedelic" approach (high-dose IM ketamine 24 h before therapy) and a "psycholytic" approach (low-dose sublingual lozenges during therapy); MEQ-30 after sessions 1, 3 and 6. The doses are not verified and are not set. Defaults for the clinic to set: six sessions (the MEQ-30 timing implies at least six), weekly spacing, all times and durations, facilitators needed, the doses, when the MEQ-30 is completed after a session, the before/after timepoints for GAD-7 and PCL-5, the windows, and the pre-dose blood-pressure limits. The study’s primary measures, the BDI and the BPI-SF, are not in Threshold’s questionnaire registry; the template schedules its secondary self-reports GAD-7 and PCL-5.':
      'In omloop met de verkeerde auteurs (als "Drozdz SJ, Goel A, … Ladha KS 2023"). Uit de studie (observationele pilot, 10 mensen met chronische pijn en een depressieve stoornis, zonder controlegroep): een "psychedelische" benadering (hooggedoseerde ketamine IM 24 uur vóór de therapie) en een "psycholytische" benadering (laaggedoseerde sublinguale zuigtabletten tijdens de therapie); MEQ-30 na sessie 1, 3 en 6. De doses zijn niet geverifieerd en niet ingesteld. Standaardwaarden die de kliniek zelf instelt: zes sessies (het moment van de MEQ-30 vraagt er minstens zes), een week tussen de sessies, alle tijden en de duur, het aantal begeleiders, de doses, wanneer de MEQ-30 na een sessie wordt ingevuld, de meetmomenten ervoor en erna voor GAD-7 en PCL-5, de vensters, en de bloeddrukgrenzen vóór dosering. De primaire uitkomstmaten van de studie, de BDI en de BPI-SF, staan niet in het vragenlijstregister van Threshold; het sjabloon plant de secundaire zelfrapportages GAD-7 en PCL-5.',
  },
  'group-kap-robison-2022': {
    'Group ketamine-assisted psychotherapy, 4 weekly sessions (Robison et al. 2022)':
      'Ketamine-ondersteunde psychotherapie in groepsverband, 4 wekelijkse sessies (Robison et al. 2022)',
    'A cohort meets weekly for four group IM ketamine sessions. PHQ-9 and GAD-7 before each dosing and 24 hours after.':
      'Een groep komt wekelijks bij elkaar voor vier groepssessies met ketamine IM. PHQ-9 en GAD-7 vóór elke dosering en 24 uur erna.',
    'Group ketamine-assisted psychotherapy': 'Ketamine-ondersteunde psychotherapie in groepsverband',
    'Weekly group ketamine-assisted psychotherapy sessions with IM ketamine, for four weeks.':
      'Wekelijkse groepssessies ketamine-ondersteunde psychotherapie met ketamine IM, vier weken lang.',
    'Group ketamine session': 'Groepssessie met ketamine',
    'Group session with IM ketamine; the clinic sets the dose.':
      'Groepssessie met ketamine IM; de kliniek bepaalt de dosis.',
    'Before dosing': 'Vóór de dosering',
    '24 hours after dosing': '24 uur na de dosering',
    'Circulated as "Szarmach J, Cubała WJ, … (2022)" with 8 adults; the paper is Robison et al. with N = 5. From the study: weekly group IM ketamine for 4 weeks during residential treatment; GAD-7 and PHQ-9 before dosing, 4 h and 24 h after. The template schedules before and 24 h after; add a 4-hour timepoint in the builder if wanted. Defaults for the clinic to set: the weekday and time, duration, facilitators needed, the dose (not stated), the questionnaire windows, and the pre-dose blood-pressure limits.':
      'In omloop als "Szarmach J, Cubała WJ, … (2022)" met 8 volwassenen; het artikel is van Robison et al. met N = 5. Uit de studie: wekelijks ketamine IM in groepsverband gedurende 4 weken tijdens een klinische opname; GAD-7 en PHQ-9 vóór de dosering, en 4 uur en 24 uur erna. Het sjabloon plant vóór en 24 uur erna; voeg zo nodig in de programmabouwer een meetmoment na 4 uur toe. Standaardwaarden die de kliniek zelf instelt: de weekdag en tijd, de duur, het aantal begeleiders, de dosis (niet vermeld), de vensters van de vragenlijsten, en de bloeddrukgrenzen vóór dosering.',
  },
};
