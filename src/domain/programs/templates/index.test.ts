import { describe, expect, it } from 'vitest';
import { findBuiltin } from '../../evidence/library/index.ts';
import { findInstrument } from '../../instruments/registry.ts';
import { PROGRAM_TEMPLATES, templateById } from './index.ts';

describe('PROGRAM_TEMPLATES', () => {
  it('ships the five templates, each once', () => {
    expect(PROGRAM_TEMPLATES.map((t) => t.id)).toEqual([
      'psilocybin-retreat',
      'kap-ptsd-feder-2025',
      'kap-yermus-2023',
      'kap-chronic-pain-batievsky-2023',
      'group-kap-robison-2022',
    ]);
  });

  it('templateById finds each and nothing else', () => {
    for (const t of PROGRAM_TEMPLATES) expect(templateById(t.id)).toBe(t);
    expect(templateById('nope')).toBeUndefined();
  });

  it.each(PROGRAM_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: title, summary and a source note',
    (_id, t) => {
      expect(t.title.length).toBeGreaterThan(0);
      expect(t.summary.length).toBeGreaterThan(0);
      expect(t.definition.source?.note).toMatch(/Defaults for the clinic to set/);
    },
  );

  it.each(PROGRAM_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: the study id is in the evidence library with the same DOI',
    (_id, t) => {
      const source = t.definition.source!;
      if (source.studyId === null) return;
      const study = findBuiltin(source.studyId);
      expect(study, source.studyId).toBeDefined();
      expect(study?.doi?.value.toLowerCase()).toBe(source.doi?.toLowerCase());
    },
  );

  it.each(PROGRAM_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: every instrument is in the registry',
    (_id, t) => {
      for (const a of t.definition.assessments)
        expect(findInstrument(a.instrumentId), a.instrumentId).toBeDefined();
    },
  );

  it('no template invents a dose: only Feder 2025 states one (0.5 mg/kg IV)', () => {
    const doses = PROGRAM_TEMPLATES.flatMap((t) =>
      t.definition.sessions.filter((s) => s.dosing?.mgPerKg != null).map((s) => [t.id, s.dosing?.mgPerKg]),
    );
    expect(doses).toEqual([['kap-ptsd-feder-2025', 0.5]]);
  });
});
