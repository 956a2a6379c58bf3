/**
 * Psilocybin screening checklist: exclusion criteria and cautions widely used in psilocybin trials.
 * Not a specific guideline: the clinic's medical lead reviews and owns it.
 */
import type { Checklist } from '../types.ts';
import { CHECKLIST_SOURCE } from './source.ts';

export const PSILOCYBIN_CHECKLIST: Checklist = {
  id: 'psilocybin-screening',
  version: 'psilocybin-1',
  modality: 'psilocybin',
  title: 'Psilocybin screening',
  source: CHECKLIST_SOURCE,
  items: [
    {
      id: 'psychosis-personal',
      text: 'Personal history of a psychotic disorder (e.g. schizophrenia, schizoaffective disorder) or bipolar I disorder',
      severity: 'hard-stop',
      guidance: 'Ask about diagnoses, past hallucinations or delusions, mania, and antipsychotic treatment.',
    },
    {
      id: 'psychosis-family',
      text: 'A parent, sibling or child with a psychotic disorder or bipolar I disorder',
      severity: 'hard-stop',
      guidance: 'First-degree relatives only; record who and which diagnosis when known.',
    },
    {
      id: 'pregnancy',
      text: 'Pregnant, or could be pregnant',
      severity: 'hard-stop',
      guidance: 'Ask about pregnancy and contraception; follow the clinic’s protocol on testing.',
    },
    {
      id: 'uncontrolled-hypertension',
      text: 'Uncontrolled high blood pressure',
      severity: 'hard-stop',
      guidance: 'Psilocybin raises blood pressure and heart rate. Record the intake blood pressure.',
    },
    {
      id: 'cardiovascular-disease',
      text:
        'Significant cardiovascular disease (e.g. recent heart attack or stroke, angina, heart failure, ' +
        'serious arrhythmia)',
      severity: 'hard-stop',
      guidance: 'Ask about heart and vessel disease; obtain records when unsure.',
    },
    {
      id: 'lithium',
      text: 'Takes lithium',
      severity: 'hard-stop',
      guidance: 'Reports link lithium taken with psychedelics to seizures; the prescriber reviews.',
    },
    {
      id: 'maoi',
      text: 'Takes a monoamine oxidase inhibitor (MAOI)',
      severity: 'hard-stop',
      guidance: 'Includes moclobemide, phenelzine, tranylcypromine, selegiline and linezolid.',
    },
    {
      id: 'serotonergic-medication',
      text: 'Takes an SSRI, SNRI or other serotonergic medication (e.g. tricyclics, trazodone, tramadol, triptans)',
      severity: 'caution',
      guidance: 'These may blunt or alter the effect; any change or taper is the prescriber’s decision.',
    },
    {
      id: 'antipsychotic-medication',
      text: 'Takes antipsychotic medication',
      severity: 'caution',
      guidance: 'Ask why it is prescribed; it may blunt the effect.',
    },
    {
      id: 'seizures',
      text: 'History of seizures or epilepsy',
      severity: 'caution',
      guidance: 'Ask about the last seizure and treatment.',
    },
    {
      id: 'bipolar-ii',
      text: 'Personal history of bipolar II disorder',
      severity: 'caution',
      guidance: 'The prescriber reviews the risk of a mood switch.',
    },
    {
      id: 'suicide-risk',
      text: 'Current suicidal thoughts with intent or plan, or a suicide attempt in the past year',
      severity: 'caution',
      guidance: 'Complete the clinic’s risk assessment and safety plan before a decision.',
    },
    {
      id: 'substance-use-disorder',
      text: 'Current substance use disorder (including alcohol)',
      severity: 'caution',
      guidance: 'Describe the substance, amount and treatment.',
    },
    {
      id: 'persisting-perception-changes',
      text: 'Lasting changes in perception after previous hallucinogen use',
      severity: 'caution',
      guidance: 'Ask what happened, how long it lasted and whether it persists.',
    },
    {
      id: 'liver-disease',
      text: 'Significant liver disease',
      severity: 'caution',
      guidance: 'Ask about hepatitis, cirrhosis and recent liver tests.',
    },
    {
      id: 'breastfeeding',
      text: 'Breastfeeding',
      severity: 'caution',
      guidance: 'The prescriber decides with the client.',
    },
  ],
};
