/** /api/instruments: the questionnaire registry, and scoring without storing (the "try it" form). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { getInstrument, INSTRUMENTS } from '../../domain/instruments/registry.ts';
import type { InstrumentDefinition } from '../../domain/instruments/types.ts';
import { responses } from '../http/common-schema.ts';
import {
  type Instrument,
  InstrumentParams,
  InstrumentSchema,
  type InstrumentSummary,
  InstrumentSummarySchema,
  ScoreRequestSchema,
  ScoreSchema,
} from './schema.ts';

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

/** The definition without its scoring function. */
export function toInstrument(d: InstrumentDefinition): Instrument {
  const { score: _score, ...rest } = d;
  return rest;
}

export function instrumentRoutes(): FastifyPluginAsyncTypebox {
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
          summary: 'One questionnaire: items, scoring, bands, change criteria, sources',
          params: InstrumentParams,
          response: responses({ 200: InstrumentSchema }),
        },
      },
      async (request) => toInstrument(getInstrument(request.params.instrumentId)),
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
