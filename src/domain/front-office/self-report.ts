/**
 * The applicant's health and medication self-report, built from the program's screening checklist:
 * one question per checklist item, in the applicant's language, answered yes, no or "I don't know".
 * What the client reports goes into the screening as a draft marked as reported by the client:
 * intake confirms each answer with the client and a clinician decides. A self-report never decides
 * anything; a reported hard stop or an unknown answer keeps the clinician from finding the
 * applicant eligible (the screening rule, `assertCanDecide`).
 */
import { invalid } from '../errors.ts';
import { assertCanDecide, evaluateScreening, RATIONALE_MAX_LENGTH } from '../screening/evaluate.ts';
import type { Checklist, ScreeningAnswer, ScreeningDecision } from '../screening/types.ts';
import type { ApplicationLanguage, ReportedMedication } from './application.ts';

/**
 * The checklist items in Dutch, written for the applicant (the English is the checklist's own
 * text). Plain wording of the clinic's checklist, not a validated instrument.
 */
export const ITEM_TEXT_NL: Record<string, string> = {
  'psychosis-personal':
    'U hebt (of had) een psychotische stoornis (bijvoorbeeld schizofrenie of een schizoaffectieve stoornis) of een bipolaire stoornis type I',
  'psychosis-family':
    'Een ouder, broer, zus of kind van u heeft een psychotische stoornis of een bipolaire stoornis type I',
  psychosis: 'U hebt (of had) een psychotische stoornis of psychotische klachten',
  pregnancy: 'U bent zwanger, of zou zwanger kunnen zijn',
  'uncontrolled-hypertension': 'U hebt een hoge bloeddruk die niet onder controle is',
  'cardiovascular-disease':
    'U hebt een ernstige hart- of vaatziekte (bijvoorbeeld een recent hartinfarct of beroerte, angina pectoris, hartfalen of een ernstige hartritmestoornis)',
  lithium: 'U gebruikt lithium',
  maoi: 'U gebruikt een MAO-remmer (bijvoorbeeld moclobemide, fenelzine, tranylcypromine, selegiline of linezolid)',
  'serotonergic-medication':
    'U gebruikt een SSRI, SNRI of ander serotonerg medicijn (bijvoorbeeld tricyclische antidepressiva, trazodon, tramadol of triptanen)',
  'antipsychotic-medication': 'U gebruikt antipsychotica',
  seizures: 'U hebt (of had) epilepsie of epileptische aanvallen',
  'bipolar-ii': 'U hebt (of had) een bipolaire stoornis type II',
  'bipolar-history': 'U hebt (of had) een bipolaire stoornis (zonder huidige episode)',
  'current-mania': 'U hebt op dit moment een manische of hypomane episode',
  'suicide-risk':
    'U hebt nu gedachten aan zelfdoding met een plan of voornemen, of deed het afgelopen jaar een poging',
  'substance-use-disorder':
    'U hebt op dit moment een verslaving of problematisch middelengebruik (ook alcohol)',
  'ketamine-use-disorder':
    'U hebt op dit moment een verslaving aan ketamine of andere dissociatieve middelen',
  'other-substance-use-disorder':
    'U hebt op dit moment een verslaving of problematisch middelengebruik, niet aan ketamine (ook alcohol)',
  'persisting-perception-changes':
    'U had na eerder gebruik van psychedelica blijvende veranderingen in uw waarneming',
  'liver-disease': 'U hebt een ernstige leverziekte',
  breastfeeding: 'U geeft borstvoeding',
  'raised-intracranial-pressure':
    'U hebt een verhoogde druk in het hoofd (bijvoorbeeld na recent hoofdletsel, door een gezwel of een bloeding)',
  'ketamine-hypersensitivity': 'U bent overgevoelig of allergisch voor ketamine',
  hypersensitivity: 'U bent overgevoelig of allergisch voor het middel',
  'respiratory-disease': 'U hebt een ernstige longziekte of slaapapneu',
  'urinary-problems': 'U hebt problemen met de blaas of urinewegen',
  hyperthyroidism: 'U hebt een onbehandelde of niet goed ingestelde te snel werkende schildklier',
  glaucoma: 'U hebt glaucoom of een verhoogde oogdruk',
  'interacting-medication': 'U gebruikt medicijnen die met het middel kunnen samenwerken of botsen',
};

export interface SelfReportQuestion {
  id: string;
  text: string;
  /** False when the item has no wording in the applicant's language (the English is shown). */
  translated: boolean;
}

export interface SelfReportForm {
  checklistVersion: string;
  questions: SelfReportQuestion[];
}

/** The self-report form of a checklist in a language. */
export function selfReportForm(checklist: Checklist, language: ApplicationLanguage): SelfReportForm {
  return {
    checklistVersion: checklist.version,
    questions: checklist.items.map((item) => {
      if (language === 'en') return { id: item.id, text: item.text, translated: true };
      const nl = ITEM_TEXT_NL[item.id];
      return nl
        ? { id: item.id, text: nl, translated: true }
        : { id: item.id, text: item.text, translated: false };
    }),
  };
}

const REPORTED_NOTE: Record<ApplicationLanguage, (date: string) => string> = {
  en: (date) =>
    `Reported by the client in their application of ${date}. Confirm each answer with the client; nothing here is a clinician's finding.`,
  nl: (date) =>
    `Door de cliënt zelf opgegeven in de aanmelding van ${date}. Bevestig elk antwoord met de cliënt; niets hiervan is een bevinding van een behandelaar.`,
};

/** The screening draft (src/server/enrollments ScreeningDraftBody) a self-report pre-fills. */
export interface ReportedDraft {
  answers: Record<string, ScreeningAnswer>;
  medications: ReportedMedication[];
  vitals: Record<string, string>;
  measuredAt: string;
  notes: string;
}

/**
 * The self-report as a screening draft, marked in its notes (in the staff's language) as reported
 * by the client: intake still records the screening and a clinician still decides.
 */
export function reportedDraft(
  report: {
    answers: Record<string, ScreeningAnswer>;
    medications: ReportedMedication[];
    submittedOn: string;
  },
  staffLanguage: ApplicationLanguage,
): ReportedDraft {
  return {
    answers: { ...report.answers },
    medications: report.medications.map((m) => ({ ...m })),
    vitals: {},
    measuredAt: '',
    notes: REPORTED_NOTE[staffLanguage](report.submittedOn),
  };
}

/**
 * The clinician's decision on an application, checked by the screening rule against what the
 * client reported: 'eligible' is refused while a hard stop is reported or an answer is unknown.
 * Returns the reasons, trimmed and non-empty.
 */
export function checkApplicationDecision(
  checklist: Checklist,
  answers: Record<string, ScreeningAnswer>,
  decision: ScreeningDecision,
  reasons: readonly string[],
): string[] {
  const cleaned = reasons.map((r) => r.trim()).filter((r) => r.length > 0);
  if (cleaned.length === 0) throw invalid('reasons', 'clinicians-reason-required-decision');
  if (cleaned.join('\n').length > RATIONALE_MAX_LENGTH) {
    throw invalid('reasons', 'at-most-characters-together', { rationaleMaxLength: RATIONALE_MAX_LENGTH });
  }
  assertCanDecide(decision, evaluateScreening(checklist, answers), cleaned.join('\n'));
  return cleaned;
}
