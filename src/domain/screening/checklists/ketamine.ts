/**
 * Ketamine screening checklist: exclusion criteria and cautions widely used in ketamine trials and
 * clinical practice. Not a specific guideline: the clinic's medical lead reviews and owns it.
 */
import type { Checklist } from '../types.ts';
import { CHECKLIST_SOURCE } from './source.ts';

export const KETAMINE_CHECKLIST: Checklist = {
  id: 'ketamine-screening',
  version: 'ketamine-1',
  modality: 'ketamine',
  title: 'Ketamine screening',
  source: CHECKLIST_SOURCE,
  items: [
    {
      id: 'uncontrolled-hypertension',
      text: 'Uncontrolled high blood pressure',
      severity: 'hard-stop',
      guidance: 'Ketamine raises blood pressure. Record the intake blood pressure and current treatment.',
    },
    {
      id: 'cardiovascular-disease',
      text:
        'Significant cardiovascular disease (e.g. recent heart attack, unstable angina, heart failure, ' +
        'serious arrhythmia) or a history of aneurysm or arteriovenous malformation',
      severity: 'hard-stop',
      guidance:
        'Ask about heart and vessel disease, stroke and vascular surgery; obtain records when unsure.',
    },
    {
      id: 'raised-intracranial-pressure',
      text: 'Raised intracranial pressure (e.g. recent head injury, intracranial mass or bleed)',
      severity: 'hard-stop',
      guidance: 'Ask about recent head injury, brain tumour, hydrocephalus or neurosurgery.',
    },
    {
      id: 'psychosis',
      text: 'Current or past psychotic disorder (e.g. schizophrenia, schizoaffective disorder) or psychotic symptoms',
      severity: 'hard-stop',
      guidance: 'Ask about diagnoses, hallucinations or delusions, and antipsychotic treatment.',
    },
    {
      id: 'current-mania',
      text: 'Current manic or hypomanic episode',
      severity: 'hard-stop',
      guidance: 'A history of bipolar disorder without a current episode is a caution (below).',
    },
    {
      id: 'pregnancy',
      text: 'Pregnant, or could be pregnant',
      severity: 'hard-stop',
      guidance: 'Ask about pregnancy and contraception; follow the clinic’s protocol on testing.',
    },
    {
      id: 'ketamine-use-disorder',
      text: 'Current substance use disorder involving ketamine or other dissociatives',
      severity: 'hard-stop',
      guidance: 'Ask about non-medical ketamine, PCP or other dissociative use.',
    },
    {
      id: 'ketamine-hypersensitivity',
      text: 'Known hypersensitivity or allergy to ketamine',
      severity: 'hard-stop',
      guidance: 'Ask about reactions to previous anaesthesia or ketamine treatment.',
    },
    {
      id: 'bipolar-history',
      text: 'History of bipolar disorder (no current episode)',
      severity: 'caution',
      guidance: 'Mood stabilisers and the risk of switching into mania need the prescriber’s review.',
    },
    {
      id: 'other-substance-use-disorder',
      text: 'Current substance use disorder not involving ketamine (including alcohol)',
      severity: 'caution',
      guidance: 'Describe the substance, amount and treatment.',
    },
    {
      id: 'suicide-risk',
      text: 'Current suicidal thoughts with intent or plan, or a suicide attempt in the past year',
      severity: 'caution',
      guidance: 'Complete the clinic’s risk assessment and safety plan before a decision.',
    },
    {
      id: 'respiratory-disease',
      text: 'Significant lung disease or sleep apnoea',
      severity: 'caution',
      guidance: 'Relevant to monitoring during and after dosing.',
    },
    {
      id: 'liver-disease',
      text: 'Significant liver disease',
      severity: 'caution',
      guidance: 'Ask about hepatitis, cirrhosis and recent liver tests.',
    },
    {
      id: 'urinary-problems',
      text: 'Bladder or urinary tract problems',
      severity: 'caution',
      guidance: 'Repeated ketamine use is associated with bladder inflammation; record a baseline.',
    },
    {
      id: 'hyperthyroidism',
      text: 'Untreated or uncontrolled overactive thyroid',
      severity: 'caution',
      guidance: 'Ask about thyroid disease and treatment.',
    },
    {
      id: 'glaucoma',
      text: 'Glaucoma or raised pressure in the eye',
      severity: 'caution',
      guidance: 'Ask about eye disease and treatment.',
    },
    {
      id: 'breastfeeding',
      text: 'Breastfeeding',
      severity: 'caution',
      guidance: 'The prescriber decides with the client.',
    },
    {
      id: 'interacting-medication',
      text:
        'Takes medication that may interact with ketamine or blunt its effect (e.g. benzodiazepines, ' +
        'lamotrigine, stimulants, MAOIs, opioids)',
      severity: 'caution',
      guidance: 'List every medication in the screening; the prescriber reviews interactions.',
    },
  ],
};
