/** A client's medications (/api/clients/:id/medications, /api/medications/:id) and the medication rules. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, responses } from '../../api/common.ts';
import {
  MedicationInputSchema,
  MedicationListSchema,
  MedicationSchema,
  MedicationUpdateSchema,
  ModalityParams,
  RuleSetListSchema,
  RuleSetSchema,
  RulesPutSchema,
  VersionBodySchema,
} from '../../api/medications.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const tags = ['medications'];

export function medicationRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/clients/:id/medications',
      {
        config: { access: { action: 'medication.read' } },
        schema: {
          tags,
          summary: "A client's medications and what the medication rules make of them today (audited)",
          params: IdParams,
          response: responses({ 200: MedicationListSchema }),
        },
      },
      (request) => svc.listMedications(ctx, scopeOf(request), request.params.id),
    );

    app.post(
      '/api/clients/:id/medications',
      {
        config: { access: { action: 'medication.record' } },
        schema: {
          tags,
          summary:
            'Records a medication the client takes or took, as reported by the client or by a clinician',
          params: IdParams,
          body: MedicationInputSchema,
          response: responses({ 201: MedicationSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await svc.addMedication(ctx, scopeOf(request), request.params.id, request.body)),
    );

    app.put(
      '/api/medications/:id',
      {
        config: { access: { action: 'medication.record' } },
        schema: {
          tags,
          summary: 'Changes a medication entry: its stop day, taper plan, dose (at the version read)',
          params: IdParams,
          body: MedicationUpdateSchema,
          response: responses({ 200: MedicationSchema }),
        },
      },
      (request) => svc.updateMedication(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/medications/:id/confirm',
      {
        config: { access: { action: 'medication.confirm' } },
        schema: {
          tags,
          summary: "Confirms a client's report of a medication (a clinician's check)",
          params: IdParams,
          body: VersionBodySchema,
          response: responses({ 200: MedicationSchema }),
        },
      },
      (request) => svc.confirmMedication(ctx, scopeOf(request), request.params.id, request.body.version),
    );

    app.delete(
      '/api/medications/:id',
      {
        config: { access: { action: 'medication.confirm' } },
        schema: {
          tags,
          summary: 'Removes an entry made in error (a stopped medication gets its stop day instead)',
          params: IdParams,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await svc.removeMedication(ctx, scopeOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/organization/medication-rules',
      {
        config: { access: { action: 'program.read' } },
        schema: {
          tags,
          summary: "The organization's medication rules per modality (Threshold's defaults until saved)",
          response: responses({ 200: RuleSetListSchema }),
        },
      },
      (request) => svc.listRuleSets(ctx, scopeOf(request)),
    );

    app.put(
      '/api/organization/medication-rules/:modality',
      {
        config: { access: { action: 'program.manage' } },
        schema: {
          tags,
          summary:
            'Replaces the medication rules of one modality, each with its washout and source (audited)',
          params: ModalityParams,
          body: RulesPutSchema,
          response: responses({ 200: RuleSetSchema }),
        },
      },
      (request) => svc.saveRuleSet(ctx, scopeOf(request), request.params.modality, request.body),
    );
  };
}
