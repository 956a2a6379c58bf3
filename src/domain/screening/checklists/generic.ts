/**
 * A general screening checklist for programs of modality 'other': criteria common to most
 * substance-assisted programs. The clinic's medical lead adds what their substance needs.
 */
import type { Checklist } from '../types.ts';
import { CHECKLIST_SOURCE } from './source.ts';

export const GENERIC_CHECKLIST: Checklist = {
  id: 'general-screening',
  version: 'other-1',
  modality: 'other',
  title: 'General screening',
  source: CHECKLIST_SOURCE,
  items: [
    {
      id: 'psychosis',
      text: 'Current or past psychotic disorder or bipolar I disorder',
      severity: 'hard-stop',
      guidance: 'Ask about diagnoses, past hallucinations or delusions, mania, and antipsychotic treatment.',
    },
    {
      id: 'pregnancy',
      text: 'Pregnant, or could be pregnant',
      severity: 'hard-stop',
      guidance: 'Ask about pregnancy and contraception; follow the clinic’s protocol on testing.',
    },
    {
      id: 'hypersensitivity',
      text: 'Known hypersensitivity or allergy to the substance',
      severity: 'hard-stop',
      guidance: 'Ask about previous reactions.',
    },
    {
      id: 'uncontrolled-hypertension',
      text: 'Uncontrolled high blood pressure',
      severity: 'caution',
      guidance: 'Record the intake blood pressure and current treatment.',
    },
    {
      id: 'cardiovascular-disease',
      text: 'Significant cardiovascular disease',
      severity: 'caution',
      guidance: 'Ask about heart and vessel disease; obtain records when unsure.',
    },
    {
      id: 'substance-use-disorder',
      text: 'Current substance use disorder (including alcohol)',
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
      id: 'interacting-medication',
      text: 'Takes medication that may interact with the substance',
      severity: 'caution',
      guidance: 'List every medication in the screening; the prescriber reviews interactions.',
    },
  ],
};
