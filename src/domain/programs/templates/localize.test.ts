import { describe, expect, it } from 'vitest';
import type { ProgramTemplate } from '../types.ts';
import { PROGRAM_TEMPLATES } from './index.ts';
import { localizeTemplate } from './localize.ts';
import { psilocybinRetreat } from './psilocybin-retreat.ts';
import { NL_TEMPLATE_TEXTS } from './translations/nl.ts';

/** A source with a DOI cites a paper: its citation stays as the paper has it. */
const citesPaper = (t: ProgramTemplate) => !!t.definition.source?.doi;

/** Every text of a template that a translation must say. */
function textsOf(t: ProgramTemplate): string[] {
  const d = t.definition;
  const source = d.source ? [...(citesPaper(t) ? [] : [d.source.citation]), d.source.note] : [];
  return [
    t.title,
    t.summary,
    d.name,
    d.description,
    ...d.arms.flatMap((a) => [a.name, a.description]),
    ...d.sessions.flatMap((s) => [s.name, s.description]),
    ...d.assessments.map((a) => a.label),
    ...source,
  ].filter((x) => x !== '');
}

/** The numbers a text states, in order of size: '1,806' and '1.806' both give 1 and 806. */
const numbersIn = (text: string): string[] => (text.match(/\d+/g) ?? []).sort();

/** The definition with its words blanked: what is left is the schedule, the DOI and the study. */
const strip = (t: ProgramTemplate) =>
  JSON.stringify(t.definition, (k, v) =>
    ['name', 'description', 'label', 'citation', 'note'].includes(k) ? '' : v,
  );

describe('program templates in Dutch', () => {
  it.each(PROGRAM_TEMPLATES.map((t) => [t.id, t] as const))(
    'translates every text of %s, and nothing is left over',
    (id, template) => {
      const texts = new Set(textsOf(template));
      const nl = NL_TEMPLATE_TEXTS[id]!;
      expect(nl).toBeDefined();
      expect([...texts].filter((x) => !(x in nl))).toEqual([]);
      expect(Object.keys(nl).filter((x) => !texts.has(x))).toEqual([]);
    },
  );

  it.each(PROGRAM_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s keeps the schedule, every number and the citation: only the words change',
    (id, template) => {
      const nl = localizeTemplate(template, 'nl');
      expect(strip(nl)).toBe(strip(template));
      if (citesPaper(template))
        expect(nl.definition.source?.citation).toBe(template.definition.source?.citation);
      const texts = NL_TEMPLATE_TEXTS[id]!;
      for (const [english, dutch] of Object.entries(texts)) {
        expect({ english, numbers: numbersIn(dutch) }).toEqual({ english, numbers: numbersIn(english) });
        expect(dutch).not.toBe(english);
      }
    },
  );

  it('says the demo clinic’s programs in Dutch', () => {
    const nl = localizeTemplate(psilocybinRetreat, 'nl');
    expect(nl.definition.name).toBe('Psilocybine-retreat');
    expect(nl.definition.assessments.find((a) => a.key === 'phq-9-baseline')?.label).toBe('Nulmeting');
    const feder = localizeTemplate(PROGRAM_TEMPLATES.find((t) => t.id === 'kap-ptsd-feder-2025')!, 'nl');
    expect(feder.definition.name).toBe('Ketamine-infusies + schriftelijke exposuretherapie (PTSS)');
    expect(feder.definition.sessions.map((s) => s.name)).toEqual([
      'Ketamine-infusie',
      'Schriftelijke exposuretherapie',
    ]);
    expect(feder.definition.sessions[0]!.dosing).toEqual({
      substance: 'ketamine',
      route: 'IV',
      mgPerKg: 0.5,
    });
  });

  it('gives English as it is', () => {
    for (const t of PROGRAM_TEMPLATES) expect(localizeTemplate(t, 'en')).toBe(t);
  });
});
