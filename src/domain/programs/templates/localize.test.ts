import { describe, expect, it } from 'vitest';
import { localizeTemplate } from './localize.ts';
import { psilocybinRetreat } from './psilocybin-retreat.ts';
import { NL_TEMPLATE_TEXTS } from './translations/nl.ts';

/** Every text of a template that a translation must say. */
function textsOf(t: typeof psilocybinRetreat): string[] {
  const d = t.definition;
  return [
    t.title,
    t.summary,
    d.name,
    d.description,
    ...d.sessions.flatMap((s) => [s.name, s.description]),
    ...d.assessments.map((a) => a.label),
    ...(d.source ? [d.source.citation, d.source.note] : []),
  ].filter((x) => x !== '');
}

describe('program templates in Dutch', () => {
  it('translates every text of the psilocybin retreat, and nothing is left over', () => {
    const texts = new Set(textsOf(psilocybinRetreat));
    const nl = NL_TEMPLATE_TEXTS['psilocybin-retreat']!;
    expect([...texts].filter((x) => !(x in nl))).toEqual([]);
    expect(Object.keys(nl).filter((x) => !texts.has(x))).toEqual([]);
  });

  it('keeps the schedule: only the words change', () => {
    const nl = localizeTemplate(psilocybinRetreat, 'nl');
    expect(nl.definition.name).toBe('Psilocybine-retreat');
    expect(nl.definition.assessments.find((a) => a.key === 'phq-9-baseline')?.label).toBe('Nulmeting');
    const strip = (t: typeof psilocybinRetreat) =>
      JSON.stringify(t.definition, (k, v) =>
        ['name', 'description', 'label', 'citation', 'note'].includes(k) ? '' : v,
      );
    expect(strip(nl)).toBe(strip(psilocybinRetreat));
  });

  it('gives English, and a template without a translation, as they are', () => {
    expect(localizeTemplate(psilocybinRetreat, 'en')).toBe(psilocybinRetreat);
  });
});
