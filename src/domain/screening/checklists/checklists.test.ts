import { describe, expect, it } from 'vitest';
import { GENERIC_CHECKLIST } from './generic.ts';
import { KETAMINE_CHECKLIST } from './ketamine.ts';
import { PSILOCYBIN_CHECKLIST } from './psilocybin.ts';
import { CHECKLIST_SOURCE } from './source.ts';

const ALL = [KETAMINE_CHECKLIST, PSILOCYBIN_CHECKLIST, GENERIC_CHECKLIST];
const hardStops = (c: (typeof ALL)[number]) =>
  c.items.filter((i) => i.severity === 'hard-stop').map((i) => i.id);

describe('screening checklists', () => {
  it.each(ALL.map((c) => [c.id, c] as const))(
    '%s: versioned, sourced, unique item ids, text and guidance',
    (_id, c) => {
      expect(c.version).toMatch(/^[a-z]+-\d+$/);
      expect(c.source).toBe(CHECKLIST_SOURCE);
      expect(c.source).toBe("common trial exclusion criteria; for the clinic's medical lead to review");
      const ids = c.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of c.items) {
        expect(item.id).toMatch(/^[a-z0-9-]+$/);
        expect(item.text.length).toBeGreaterThan(0);
        expect(item.guidance.length).toBeGreaterThan(0);
      }
      expect(c.items.some((i) => i.severity === 'caution')).toBe(true);
    },
  );

  it('ketamine hard stops: hypertension, cardiovascular disease/aneurysm, raised ICP, psychosis, pregnancy, ketamine use disorder, hypersensitivity', () => {
    expect(hardStops(KETAMINE_CHECKLIST)).toEqual(
      expect.arrayContaining([
        'uncontrolled-hypertension',
        'cardiovascular-disease',
        'raised-intracranial-pressure',
        'psychosis',
        'pregnancy',
        'ketamine-use-disorder',
        'ketamine-hypersensitivity',
      ]),
    );
    expect(KETAMINE_CHECKLIST.items.find((i) => i.id === 'cardiovascular-disease')?.text).toMatch(/aneurysm/);
  });

  it('psilocybin hard stops: personal and family psychosis/bipolar I, pregnancy, hypertension, heart disease, lithium, MAOI', () => {
    expect(hardStops(PSILOCYBIN_CHECKLIST)).toEqual([
      'psychosis-personal',
      'psychosis-family',
      'pregnancy',
      'uncontrolled-hypertension',
      'cardiovascular-disease',
      'lithium',
      'maoi',
    ]);
  });

  it('psilocybin cautions include serotonergic medication and seizures', () => {
    const cautions = PSILOCYBIN_CHECKLIST.items.filter((i) => i.severity === 'caution').map((i) => i.id);
    expect(cautions).toEqual(expect.arrayContaining(['serotonergic-medication', 'seizures']));
  });

  it('each checklist is for its modality', () => {
    expect(ALL.map((c) => c.modality)).toEqual(['ketamine', 'psilocybin', 'other']);
  });
});
