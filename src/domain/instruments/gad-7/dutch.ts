/**
 * Dutch GAD-7: the record of the search. The validated translation is Donker et al. 2011 (Psychiatry
 * Res 188:58–64), distributed with the PHQ family; no public copy of it was found, and the Dutch
 * GAD-7 texts found in public code are each worded differently. Nothing is installed.
 */
import type { TranslationRecord } from '../types.ts';

export const GAD7_DUTCH: TranslationRecord = {
  language: 'nl',
  installed: false,
  status: 'unverified',
  licence: 'PHQ family statement (no permission required), not seen for the Dutch GAD-7',
  copies: [
    {
      source: 'public code (a ROM template seed; repository not named by the code index)',
      note: 'Item 1 "Nerveus, angstig of gespannen voelen"; answer 1 "Meerdere dagen".',
    },
    {
      source: 'public code (a self-test app, "gad7" definition; repository not named by the code index)',
      note: 'Item 1 "Zenuwachtig, angstig of gespannen voelen", item 2 "Niet kunnen stoppen met of niet kunnen controleren van piekeren".',
    },
    {
      source:
        'public code (a mock data set "GAD7_QUESTIONS (Dutch)"; repository not named by the code index)',
      note: 'Item 1 "U nerveus, angstig of gespannen voelen", item 3 "Te veel piekeren over verschillende dingen".',
    },
    {
      source: 'https://www.cawdeterp.be/gad-7/',
      note: 'Describes the answers as “helemaal niet”, “een paar dagen”, “meer dan de helft van de dagen”, “bijna elke dag”; no item texts.',
    },
  ],
  disagreements: [
    'No two copies share the wording of any full item; answer value 1 reads "Meerdere dagen" or "een paar dagen".',
  ],
  decision: 'Not installed: no text is confirmed by two independent copies.',
};
