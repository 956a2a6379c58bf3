/** Schemas of the translations an organization adds to the registry's instruments. */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime } from './common.ts';

export const LanguageTag = Type.String({
  pattern: '^[a-z]{2,3}(-[A-Z]{2})?$',
  description: 'BCP 47 language tag, e.g. nl, de, pt-BR',
});

export const TranslationParams = Type.Object({
  instrumentId: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }),
  language: Type.String({ minLength: 1, maxLength: 20 }),
});

export const TranslationPutSchema = Type.Object(
  {
    /**
     * The texts: { recallPeriod, instructions, items: { linkId: { text, options: { value: label } } },
     * bands: { englishLabel: label } }. Checked for completeness by the domain, which names every
     * missing or extra part.
     */
    texts: Type.Unknown(),
    licence: Type.String({
      minLength: 3,
      maxLength: 500,
      description: 'Under what licence the organization holds this translation, and where it comes from',
    }),
  },
  { additionalProperties: false },
);
export type TranslationPut = Static<typeof TranslationPutSchema>;

export const InstalledTranslationSchema = Type.Object({
  instrumentId: Type.String(),
  language: Type.String(),
  /** 'built-in': installed with Threshold; 'organization': added by this organization. */
  origin: Type.Union([Type.Literal('built-in'), Type.Literal('organization')]),
  licence: Type.String(),
  instrumentVersion: Type.String(),
  addedBy: Type.Union([Type.String(), Type.Null()]),
  addedAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type InstalledTranslation = Static<typeof InstalledTranslationSchema>;

export const TranslationListSchema = Type.Object({
  /** Every instrument's languages in this installation: English and the installed translations. */
  instruments: Type.Array(
    Type.Object({
      instrumentId: Type.String(),
      shortName: Type.String(),
      languages: Type.Array(Type.String()),
    }),
  ),
  items: Type.Array(InstalledTranslationSchema),
});
export type TranslationList = Static<typeof TranslationListSchema>;

export const TranslationDetailSchema = Type.Composite([
  InstalledTranslationSchema,
  Type.Object({ texts: Type.Unknown() }),
]);
