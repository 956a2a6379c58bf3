/**
 * An instrument as a client reads it in one language: the registry's English, or a complete
 * translation (built in, or added by the organization). Only texts change: linkIds, answer values,
 * required/scored flags and the bands' bounds stay the registry's, so scoring is the same.
 */
import type { InstrumentDefinition, InstrumentTexts, Item, SeverityBand } from '../types.ts';

export const SOURCE_LANGUAGE = 'en';

/** Where the texts of a language come from. */
export type TextOrigin = 'registry' | 'built-in' | 'organization';

export interface LocalizedInstrument {
  language: string;
  origin: TextOrigin;
  recallPeriod: string;
  instructions: string | null;
  items: Item[];
  bands: SeverityBand[];
}

/** The instrument in `language` with `texts`, or in English when `texts` is null. */
export function localize(
  def: InstrumentDefinition,
  language: string,
  texts: InstrumentTexts | null,
  origin: TextOrigin = 'organization',
): LocalizedInstrument {
  const bands = def.bands?.value ?? [];
  if (!texts) {
    return {
      language: SOURCE_LANGUAGE,
      origin: 'registry',
      recallPeriod: def.recallPeriod,
      instructions: def.instructions,
      items: def.items,
      bands,
    };
  }
  return {
    language,
    origin,
    recallPeriod: texts.recallPeriod,
    instructions: texts.instructions,
    items: def.items.map((item) => {
      const t = texts.items[item.linkId]!;
      return {
        ...item,
        text: t.text,
        options: item.options.map((o) => ({ ...o, label: t.options[String(o.value)]! })),
      };
    }),
    bands: bands.map((b) => ({ ...b, label: texts.bands[b.label]! })),
  };
}

/** The severity label of a score in the localized bands (the registry's label when untranslated). */
export function localizedSeverity(texts: InstrumentTexts | null, severity: string | null): string | null {
  if (severity === null || !texts) return severity;
  return texts.bands[severity] ?? severity;
}

/** Languages Threshold itself holds for an instrument: English and its built-in translations. */
export const builtInLanguages = (def: InstrumentDefinition): string[] => [
  SOURCE_LANGUAGE,
  ...Object.keys(def.translations ?? {}),
];
