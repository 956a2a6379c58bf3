/**
 * Dutch PHQ-9: the record of the search, and why Threshold installs no Dutch text of its own.
 *
 * The rule (Threshold's questionnaire-facts reference, "Dutch versions"): a Dutch text ships only
 * where at least two independent public copies agree word for word. The official translation is
 * Pfizer's (validated by Wittkampf et al. 2009, Gen Hosp Psychiatry) and may be reproduced without
 * permission, but no stored copy of Pfizer's form itself was available, and the public copies that
 * were found do not agree on the whole instrument. Items 1–5 agree in two copies; items 6–9, the
 * answer label for 1, the instructions and item 10 do not, so installing a Dutch PHQ-9 would mean
 * choosing or composing wording. An organization that holds the official translation adds it
 * (Instruments → Translations), checked for completeness.
 */
import type { TranslationRecord } from '../types.ts';

export const PHQ9_DUTCH: TranslationRecord = {
  language: 'nl',
  installed: false,
  status: 'secondary',
  licence:
    'Pfizer translation (PHQ family statement: no permission required to reproduce, translate, display or distribute); not seen in a primary copy',
  copies: [
    {
      source:
        'REDCap multilingual PHQ-8 definition in public code (field set "phq8_nl"; repository not named by the code index)',
      note: 'Formal "u" wording of items 1–8; instructions "Hoe vaak hebt u in de afgelopen 2 weken last gehad van één of meer van de volgende problemen?"; answers Helemaal niet / Verscheidene dagen / Meer dan de helft van de dagen / Bijna elke dag. No item 9 (PHQ-8) and no item 10.',
    },
    {
      source: 'https://formulier.wijzijnmind.nl/depressietest (MIND, as held in public code)',
      note: 'Says it is a translation of the PHQ-9. Items 1–5 word for word as the REDCap copy; items 6–9 in the informal "je" form; answer 1 "Een aantal dagen"; no item 10.',
    },
    {
      source: 'awell-health/awell-score src/calculation_suite/calculations/phq_9/definition/phq_9_inputs.ts',
      note: 'Each item rewritten into a question "Hoe vaak hebt u in de afgelopen 2 weken last gehad van …?"; item 2 "u … wanhopig", item 8 "opgemerkt hebben"; answer 1 "Meerdere dagen".',
    },
    {
      source: 'https://anxietyaidtools.com/nl/self-tests/patient-health-questionnaire-depression',
      note: 'A different wording throughout (item 1 "Weinig interesse of plezier in het doen van dingen", item 3 "Moeite met inslapen of doorslapen, of te veel slapen").',
    },
    {
      source: 'https://depressiehulp.be/depressie-zelftest (Belgian)',
      note: 'Answer labels Helemaal niet / Meerdere dagen / Meer dan de helft van de dagen / Bijna (elke) dag; item texts not in the stored copy.',
    },
    {
      source: 'http://old.ifightdepression.com/be/index32ae.html?id=9927 (Belgian)',
      note: 'Instructions "Hoe vaak hebt u in de afgelopen 2 weken last gehad van één of meer van de volgende problemen." (full stop); items not in the stored copy.',
    },
    {
      source: 'VlasDima1/emaatApp emaat-2.1-app/surveys/phq9/translations.ts',
      note: 'An app translation of its own (item 1 "Weinig interesse of plezier in de dingen die u doet").',
    },
  ],
  disagreements: [
    'Answer value 1: "Verscheidene dagen" (REDCap), "Een aantal dagen" (MIND), "Meerdere dagen" (awell-score, depressiehulp.be, emaatApp).',
    'Answer value 3: "Bijna elke dag" in most copies, "Bijna (elke) dag" on depressiehulp.be.',
    'Items 6–9: formal "u" (REDCap, awell-score) against informal "je" (MIND); item 8 "opgemerkt kunnen hebben" (REDCap) against "opgemerkt hebben" (awell-score); item 9 exists in no formal copy as a stand-alone item.',
    'Instructions: "…problemen?" (REDCap) against "…problemen." (ifightdepression.be); "heeft u" and "hebt u" both occur.',
    'Item 10 (how difficult these problems made things): no Dutch copy found.',
  ],
  decision:
    'Not installed: only items 1–5 are confirmed by two independent copies. An organization adds the official Pfizer translation it holds.',
};
