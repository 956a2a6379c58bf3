/**
 * A client's copy of their data (GDPR Art. 15, and portable under Art. 20): one ZIP with
 * `client.json` (everything held, by category), `fhir/bundle.json` (a FHIR R4 collection of the
 * Patient and each questionnaire as QuestionnaireResponse and Observation) and `summary.html`.
 * Audited as `client.export` in the transaction that reads it.
 */

import { notFound } from '../../domain/errors.ts';
import { collection } from '../../domain/fhir/bundle.ts';
import { toObservation } from '../../domain/fhir/observation.ts';
import { clientToPatient, withEmergencyContact } from '../../domain/fhir/patient.ts';
import { toQuestionnaireResponse } from '../../domain/fhir/questionnaire-response.ts';
import type { Resource } from '../../domain/fhir/types.ts';
import { findInstrument } from '../../domain/instruments/registry.ts';
import type { Actor } from '../audit/audit-log.ts';
import { type AppContext, transaction } from '../context.ts';
import { listClientResponses } from '../responses/repository.ts';
import { toResponse } from '../responses/service.ts';
import { collectClientData } from './export-collect.ts';
import { summaryHtml } from './export-html.ts';
import { zip } from './zip.ts';

export interface ClientExport {
  filename: string;
  archive: Buffer;
}

export async function exportClient(
  ctx: AppContext,
  actor: Actor,
  organizationId: string,
  clientId: string,
  fhirBase: string,
): Promise<ClientExport> {
  return transaction(ctx, async (trx) => {
    const data = await collectClientData(trx, organizationId, clientId);
    if (!data) throw notFound('Client');
    const org = await trx
      .selectFrom('organizations')
      .select('name')
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow();
    const stored = (await listClientResponses(trx, organizationId, clientId)).map(toResponse).reverse();
    const client = await trx
      .selectFrom('clients')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', clientId)
      .executeTakeFirstOrThrow();
    const exportedAt = new Date().toISOString();
    const resources: Resource[] = [
      withEmergencyContact(
        clientToPatient({
          id: client.id,
          givenName: client.given_name,
          familyName: client.family_name,
          preferredName: client.preferred_name,
          dateOfBirth: client.date_of_birth,
          sexAtBirth: client.sex_at_birth,
          email: client.email,
          phone: client.phone,
          address: client.address,
          language: client.language,
          updatedAt: client.updated_at,
          archivedAt: client.archived_at,
        }),
        {
          name: client.emergency_contact_name,
          relationship: client.emergency_contact_relationship,
          phone: client.emergency_contact_phone,
        },
      ),
      ...stored.map((r) => toQuestionnaireResponse(r, findInstrument(r.instrumentId))),
      ...stored.map((r) => toObservation(r, findInstrument(r.instrumentId))),
    ];
    const counts = Object.fromEntries(
      Object.entries(data).map(([k, v]) => [k, Array.isArray(v) ? v.length : 1]),
    );
    await ctx.audit.append(trx, actor, {
      organizationId,
      action: 'client.export',
      entityType: 'client',
      entityId: clientId,
      details: { categories: counts, fhirResources: resources.length },
    });
    const archive = zip([
      {
        name: 'client.json',
        data: JSON.stringify({ exportedAt, organization: org.name, ...data }, null, 2),
      },
      {
        name: 'fhir/bundle.json',
        data: JSON.stringify(collection(fhirBase, resources, exportedAt), null, 2),
      },
      { name: 'summary.html', data: summaryHtml(data, org.name, exportedAt) },
    ]);
    return { filename: `client-${clientId}-${exportedAt.slice(0, 10)}.zip`, archive };
  });
}
