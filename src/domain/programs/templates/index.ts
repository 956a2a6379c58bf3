/** The program templates Threshold ships; a clinic copies one into a program and edits it. */
import type { ProgramTemplate } from '../types.ts';
import { groupKapRobison2022 } from './group-kap-robison-2022.ts';
import { kapChronicPainBatievsky2023 } from './kap-chronic-pain-batievsky-2023.ts';
import { kapPtsdFeder2025 } from './kap-ptsd-feder-2025.ts';
import { kapYermus2023 } from './kap-yermus-2023.ts';
import { psilocybinRetreat } from './psilocybin-retreat.ts';

export const PROGRAM_TEMPLATES: ProgramTemplate[] = [
  psilocybinRetreat,
  kapPtsdFeder2025,
  kapYermus2023,
  kapChronicPainBatievsky2023,
  groupKapRobison2022,
];

export function templateById(id: string): ProgramTemplate | undefined {
  return PROGRAM_TEMPLATES.find((t) => t.id === id);
}
