/** /api/instruments: the questionnaire registry, and scoring without storing (the "try it" form). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { responses } from '../../api/common.ts';
import {
  type Instrument,
  InstrumentParams,
  InstrumentQuery,
  InstrumentSchema,
  type InstrumentSummary,
  InstrumentSummarySchema,
  ScoreRequestSchema,
  ScoreSchema,
} from '../../api/instruments.ts';
import { getInstrument, INSTRUMENTS } from '../../domain/instruments/registry.ts';
import type { InstrumentDefinition } from '../../domain/instruments/types.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { forClient } from '../instrument-translations/service.ts';

const tags = ['instruments'];

export function toSummary(d: InstrumentDefinition): InstrumentSummary {
  return {
    id: d.id,
    name: d.name,
    shortName: d.shortName,
    version: d.version,
    recallPeriod: d.recallPeriod,
    itemCount: d.items.length,
    languages: d.languages,
    licenceStatus: d.licence.status,
    textStatus: d.textSource.status,
    totalRange: d.totalRange,
  };
}

/** The definition without its scoring function, in English. */
export function toInstrument(d: InstrumentDefinition): Instrument {
  const { score: _score, translations: _t, translationRecords, ...rest } = d;
  return {
    ...rest,
    translationRecords: (translationRecords ?? []).map((r) => ({
      ...r,
      copies: [...r.copies],
      disagreements: [...r.disagreements],
    })),
    textLanguage: 'en',
    installedLanguages: d.languages,
  };
}

/** The definition with its texts in `language` where this organization holds it. */
async function localizedInstrument(
  ctx: AppContext,
  organizationId: string,
  d: InstrumentDefinition,
  language: string | undefined,
): Promise<Instrument> {
  const shown = await forClient(ctx.db.kysely, organizationId, d, language ?? 'en');
  const { localized } = shown;
  return {
    ...toInstrument(d),
    recallPeriod: localized.recallPeriod,
    instructions: localized.instructions,
    items: localized.items,
    bands: d.bands ? { ...d.bands, value: localized.bands } : null,
    textLanguage: localized.language,
    installedLanguages: shown.installed,
  };
}

export function instrumentRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/instruments',
      {
        config: { access: { action: 'instrument.read' } },
        schema: {
          tags,
          summary: 'Every questionnaire Threshold ships',
          response: responses({ 200: Type.Object({ items: Type.Array(InstrumentSummarySchema) }) }),
        },
      },
      async () => ({ items: INSTRUMENTS.map(toSummary) }),
    );

    app.get(
      '/api/instruments/:instrumentId',
      {
        config: { access: { action: 'instrument.read' } },
        schema: {
          tags,
          summary:
            'One questionnaire: items, scoring, bands, change criteria, sources; texts in `language` where this organization holds it',
          params: InstrumentParams,
          querystring: InstrumentQuery,
          response: responses({ 200: InstrumentSchema }),
        },
      },
      async (request) =>
        localizedInstrument(
          ctx,
          scopeOf(request).organizationId,
          getInstrument(request.params.instrumentId),
          request.query.language,
        ),
    );

    app.post(
      '/api/instruments/:instrumentId/score',
      {
        config: { access: { action: 'instrument.read' } },
        schema: {
          tags,
          summary: 'Score answers without storing them',
          params: InstrumentParams,
          body: ScoreRequestSchema,
          response: responses({ 200: ScoreSchema }),
        },
      },
      async (request) => getInstrument(request.params.instrumentId).score(request.body.answers),
    );
  };
}
