/**
 * /api/imports: clients and past questionnaire responses from CSV. A file is sent as text/csv or as
 * JSON `{ "csv": … }`; `dryRun=true` checks every row and stores nothing.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { responses } from '../../api/common.ts';
import {
  ClientImportQuerySchema,
  ClientImportResultSchema,
  ImportBodySchema,
  MAX_IMPORT_BYTES,
  ResponseImportQuerySchema,
  ResponseImportResultSchema,
  ResponseTemplateQuerySchema,
} from '../../api/imports.ts';
import { invalid } from '../../domain/errors.ts';
import { clientTemplateRows } from '../../domain/imports/clients.ts';
import { responseTemplateRows } from '../../domain/imports/responses.ts';
import { findInstrument, INSTRUMENTS } from '../../domain/instruments/registry.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { importClients } from './clients.ts';
import { writeCsv } from './csv.ts';
import { importResponses } from './responses.ts';

const tags = ['imports'];
const CsvText = Type.String({ description: 'CSV text' });

export function importRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    // A CSV file sent as it is becomes the same body as JSON `{ csv }` (only inside this plugin).
    app.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: MAX_IMPORT_BYTES },
      (_req, body, done) => done(null, { csv: body as string }),
    );

    app.get(
      '/api/imports/clients/template',
      {
        config: { access: { action: 'client.import' } },
        schema: { tags, summary: 'The client import template (CSV)', response: responses({ 200: CsvText }) },
      },
      async (_request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="threshold-clients-template.csv"')
          .send(writeCsv(clientTemplateRows())),
    );

    app.post(
      '/api/imports/clients',
      {
        config: { access: { action: 'client.import' } },
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags,
          summary: 'Import clients from CSV: every bad row listed; all or nothing; duplicates reported',
          querystring: ClientImportQuerySchema,
          body: ImportBodySchema,
          response: responses({ 200: ClientImportResultSchema }),
        },
      },
      (request) => importClients(ctx, scopeOf(request), request.body.csv, request.query),
    );

    app.get(
      '/api/imports/responses/template',
      {
        config: { access: { action: 'response.import' } },
        schema: {
          tags,
          summary: 'The past-questionnaire import template (CSV), for some or every instrument',
          querystring: ResponseTemplateQuerySchema,
          response: responses({ 200: CsvText }),
        },
      },
      async (request, reply) => {
        const ids = request.query.instrument
          ?.split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean);
        const defs = ids?.length ? ids.map((id) => findInstrument(id)) : [...INSTRUMENTS];
        const unknown = ids?.filter((_, i) => !defs[i]);
        if (unknown?.length)
          throw invalid('instrument', 'instruments-unknown', { ids: unknown.join(', ') }, 'query');
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="threshold-questionnaires-template.csv"')
          .send(writeCsv(responseTemplateRows(defs.filter((d) => d !== undefined))));
      },
    );

    app.post(
      '/api/imports/responses',
      {
        config: { access: { action: 'response.import' } },
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags,
          summary: 'Import past questionnaire responses from CSV, each scored and alerted like a new one',
          querystring: ResponseImportQuerySchema,
          body: ImportBodySchema,
          response: responses({ 200: ResponseImportResultSchema }),
        },
      },
      (request) => importResponses(ctx, scopeOf(request), { csv: request.body.csv }, request.query),
    );
  };
}
