/**
 * Test helper (not used by the product): a complete translation whose texts are visibly synthetic
 * markers ("TEST-nl q1"), never item wording, so a test can exercise the whole path without any
 * invented questionnaire text.
 */
import type { InstrumentDefinition, InstrumentTexts } from '../types.ts';

export function syntheticTexts(def: InstrumentDefinition, language: string): InstrumentTexts {
  const mark = `TEST-${language}`;
  return {
    recallPeriod: `${mark} recall`,
    instructions: def.instructions === null ? null : `${mark} instructions`,
    items: Object.fromEntries(
      def.items.map((i) => [
        i.linkId,
        {
          text: `${mark} ${i.linkId}`,
          options: Object.fromEntries(
            i.options.map((o) => [String(o.value), `${mark} ${i.linkId}=${o.value}`]),
          ),
        },
      ]),
    ),
    bands: Object.fromEntries((def.bands?.value ?? []).map((b) => [b.label, `${mark} ${b.label}`])),
  };
}
