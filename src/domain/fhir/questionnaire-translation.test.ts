import { describe, expect, it } from 'vitest';
import { gad7 } from '../instruments/gad-7/index.ts';
import { phq9 } from '../instruments/phq-9/index.ts';
import { syntheticTexts } from '../instruments/translations/testing.ts';
import { toQuestionnaire } from './questionnaire.ts';
import { TRANSLATION } from './systems.ts';

const contentOf = (ext: { extension?: Array<{ url: string; valueString?: string; valueCode?: string }> }) =>
  Object.fromEntries((ext.extension ?? []).map((e) => [e.url, e.valueCode ?? e.valueString]));

describe('Questionnaire translations (FHIR translation extension)', () => {
  it('carries each language on item text, instructions and answer display; codes and linkIds unchanged', () => {
    const plain = toQuestionnaire(phq9);
    const q = toQuestionnaire(phq9, [
      { language: 'nl', texts: syntheticTexts(phq9, 'nl') },
      { language: 'de', texts: syntheticTexts(phq9, 'de') },
    ]);
    expect(q.language).toBe('en');
    expect(q.item.map((i) => i.linkId)).toEqual(plain.item.map((i) => i.linkId));
    const q9 = q.item.find((i) => i.linkId === 'q9')!;
    expect(q9.text).toBe(phq9.items[8]!.text);
    expect(q9._text!.extension.map((e) => e.url)).toEqual([TRANSLATION, TRANSLATION]);
    expect(q9._text!.extension.map(contentOf)).toEqual([
      { lang: 'nl', content: 'TEST-nl q9' },
      { lang: 'de', content: 'TEST-de q9' },
    ]);
    const option = q9.answerOption![2]!;
    expect(option.valueCoding.code).toBe(
      plain.item.find((i) => i.linkId === 'q9')!.answerOption![2]!.valueCoding.code,
    );
    expect(contentOf(option.valueCoding._display!.extension[0]!)).toEqual({
      lang: 'nl',
      content: 'TEST-nl q9=2',
    });
    expect(contentOf(q.item[0]!._text!.extension[1]!)).toEqual({
      lang: 'de',
      content: 'TEST-de instructions',
    });
  });

  it('adds no extension without a translation', () => {
    const q = toQuestionnaire(gad7);
    expect(JSON.stringify(q)).not.toContain(TRANSLATION);
  });
});
