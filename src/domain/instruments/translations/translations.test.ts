import { describe, expect, it } from 'vitest';
import { gad7 } from '../gad-7/index.ts';
import { phq9 } from '../phq-9/index.ts';
import { INSTRUMENTS } from '../registry.ts';
import { refusalOf } from '../testing.ts';
import { who5 } from '../who-5/index.ts';
import { checkLanguage, checkTranslation } from './check.ts';
import { builtInLanguages, localize, localizedSeverity } from './localize.ts';
import { syntheticTexts } from './testing.ts';

describe('Dutch records of every instrument', () => {
  it.each(INSTRUMENTS.map((d) => [d.id, d] as const))(
    '%s records the Dutch search and its decision',
    (_id, d) => {
      const nl = d.translationRecords?.find((r) => r.language === 'nl');
      expect(nl).toBeDefined();
      expect(nl!.decision.trim()).not.toBe('');
      expect(nl!.licence.trim()).not.toBe('');
      // Installed exactly when the module holds the texts, and then from two or more copies that agree.
      expect(nl!.installed).toBe(Boolean(d.translations?.nl));
      if (nl!.installed) expect(nl!.copies.length).toBeGreaterThanOrEqual(2);
    },
  );

  it('installs no Dutch text that does not meet the two-copy rule (none met it)', () => {
    for (const d of INSTRUMENTS) {
      expect(builtInLanguages(d)).toEqual(d.languages);
      for (const [language, t] of Object.entries(d.translations ?? {})) {
        // A built-in translation is complete (the same check an organization's passes) and sourced.
        expect(checkTranslation(d, t.value)).toEqual(t.value);
        const record = d.translationRecords?.find((r) => r.language === language);
        expect(record?.copies.length ?? 0).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('keeps the PHQ-9 copies and their disagreements, the Belgian answer label among them', () => {
    const nl = phq9.translationRecords!.find((r) => r.language === 'nl')!;
    expect(nl.copies.length).toBeGreaterThanOrEqual(2);
    for (const c of nl.copies) expect(c.source).toMatch(/\S/);
    expect(nl.disagreements.join(' ')).toContain('Bijna (elke) dag');
    expect(nl.status).toBe('secondary');
  });
});

describe('checkTranslation', () => {
  it('accepts a complete translation and trims its texts', () => {
    const texts = syntheticTexts(gad7, 'nl');
    const padded = { ...texts, recallPeriod: `  ${texts.recallPeriod} ` };
    expect(checkTranslation(gad7, padded)).toEqual(texts);
  });

  it('names every missing and extra linkId, answer value and band at once', () => {
    const texts = syntheticTexts(phq9, 'nl');
    const { q9: _gone, ...items } = texts.items;
    const e = refusalOf(() =>
      checkTranslation(phq9, {
        ...texts,
        items: {
          ...items,
          q10: { text: 'x', options: { '0': 'x' } },
          q1: { ...texts.items.q1, options: { '0': 'a', '4': 'b' } },
        },
        bands: { ...texts.bands, huge: 'x' },
        colour: 'blue',
      }),
    );
    expect(e.kind).toBe('validation');
    expect(e.fields.map((f) => f.field).sort()).toEqual(
      [
        'texts.colour',
        'texts.items.q10',
        'texts.items.q9',
        'texts.items.q1.options.4',
        'texts.items.q1.options.1',
        'texts.items.q1.options.2',
        'texts.items.q1.options.3',
        'texts.bands.huge',
      ].sort(),
    );
    expect(e.fields.find((f) => f.field === 'texts.items.q9')?.message).toBe('is missing');
    expect(e.fields.find((f) => f.field === 'texts.items.q10')?.message).toMatch(/not an item of PHQ-9/);
  });

  it('refuses empty texts, a missing time period and instructions the registry does not print', () => {
    const texts = syntheticTexts(phq9, 'nl');
    const e = refusalOf(() =>
      checkTranslation(phq9, {
        ...texts,
        recallPeriod: undefined,
        instructions: '  ',
        items: { ...texts.items, q2: { ...texts.items.q2, text: '' } },
      }),
    );
    expect(e.fields.map((f) => f.field).sort()).toEqual(
      ['texts.instructions', 'texts.items.q2.text', 'texts.recallPeriod'].sort(),
    );
    expect(refusalOf(() => checkTranslation(phq9, 'nonsense')).fields[0]?.field).toBe('texts');
    expect(refusalOf(() => checkTranslation(phq9, { ...texts, bands: undefined })).fields[0]?.field).toBe(
      'texts.bands',
    );
    // WHO-5 has no bands: none are asked for.
    expect(checkTranslation(who5, syntheticTexts(who5, 'nl')).bands).toEqual({});
  });

  it('accepts language tags, not English or nonsense', () => {
    expect(checkLanguage('nl')).toBe('nl');
    expect(checkLanguage('pt-BR')).toBe('pt-BR');
    expect(refusalOf(() => checkLanguage('en')).fields[0]?.field).toBe('language');
    expect(refusalOf(() => checkLanguage('Dutch')).fields[0]?.field).toBe('language');
  });
});

describe('localize', () => {
  it('replaces texts only: linkIds, values and flags stay, so scoring is the same', () => {
    const texts = syntheticTexts(phq9, 'nl');
    const nl = localize(phq9, 'nl', texts);
    expect(nl.language).toBe('nl');
    expect(nl.items.map((i) => [i.linkId, i.required, i.scored])).toEqual(
      phq9.items.map((i) => [i.linkId, i.required, i.scored]),
    );
    expect(nl.items[8]!.options.map((o) => o.value)).toEqual([0, 1, 2, 3]);
    expect(nl.items[8]!.options[1]!.label).toBe('TEST-nl q9=1');
    expect(nl.bands.map((b) => [b.min, b.max])).toEqual(phq9.bands!.value.map((b) => [b.min, b.max]));
    expect(localizedSeverity(texts, 'moderate')).toBe('TEST-nl moderate');
    expect(localizedSeverity(null, 'moderate')).toBe('moderate');
  });

  it('is the English registry text without a translation', () => {
    const en = localize(phq9, 'nl', null);
    expect(en).toMatchObject({ language: 'en', origin: 'registry', instructions: phq9.instructions });
    expect(en.items).toBe(phq9.items);
  });
});
