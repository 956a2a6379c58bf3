import type { ProgramTemplate } from '../types.ts';

export const PROGRAM_TEMPLATES: ProgramTemplate[] = [];

export function templateById(id: string): ProgramTemplate | undefined {
  return PROGRAM_TEMPLATES.find((t) => t.id === id);
}
