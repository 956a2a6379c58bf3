/**
 * A FHIR transaction Bundle (POST /fhir/R4): a Patient and their QuestionnaireResponses imported
 * all or nothing. Entries are POSTs of Patient or QuestionnaireResponse; a response may name the
 * Patient of the same Bundle by its `fullUrl` (`urn:uuid:…`). Everything runs in one database
 * transaction: clients are created through the clients service, responses through the one response
 * path (source 'fhir', so their alerts are raised); any refusal undoes all of it and names the entry.
 */
import { DomainError, forbidden, invalid } from '../../domain/errors.ts';
import { type TransactionResponseEntry, transactionResponse } from '../../domain/fhir/bundle.ts';
import { clientToPatient, patientToClient } from '../../domain/fhir/patient.ts';
import { createClientIn } from '../clients/service.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { submitResponseIn } from './service.ts';

const MAX_ENTRIES = 200;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Re-addresses a refusal to the entry it came from: `subject.reference` → `entry[2].resource.subject.reference`. */
function inEntry(err: unknown, at: string): unknown {
  if (!(err instanceof DomainError)) return err;
  const fields = err.fields.length
    ? err.fields.map((f) => ({
        ...f,
        in: 'body' as const,
        field: `${at}.${f.field.replace(/^\(body\)$/, '')}`.replace(/\.$/, ''),
      }))
    : [{ field: at, message: err.message, in: 'body' as const, code: err.code, params: err.params }];
  return new DomainError(
    err.kind,
    fields.map((f) => `${f.field}: ${f.message}`).join('; '),
    fields,
    err.extra,
  );
}

interface Entry {
  at: string;
  fullUrl: string | undefined;
  type: 'Patient' | 'QuestionnaireResponse';
  resource: Record<string, unknown>;
}

function entriesOf(bundle: unknown): Entry[] {
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') throw invalid('resourceType', 'bundle');
  if (bundle.type !== 'transaction') throw invalid('type', 'transaction');
  if (!Array.isArray(bundle.entry) || bundle.entry.length === 0)
    throw invalid('entry', 'hold-at-least-one-entry');
  if (bundle.entry.length > MAX_ENTRIES) throw invalid('entry', 'max-entries-hold', { max: MAX_ENTRIES });
  return bundle.entry.map((e, i) => {
    const at = `entry[${i}]`;
    if (!isObject(e) || !isObject(e.resource)) throw invalid(`${at}.resource`, 'required');
    const request = isObject(e.request) ? e.request : undefined;
    const type = e.resource.resourceType;
    if (type !== 'Patient' && type !== 'QuestionnaireResponse')
      throw invalid(`${at}.resource.resourceType`, 'patient-questionnaireresponse');
    if (request?.method !== 'POST' || request.url !== type)
      throw invalid(`${at}.request`, 'method-post-url', { type });
    if (request.ifNoneExist !== undefined)
      throw invalid(`${at}.request.ifNoneExist`, 'not-supported-inside-transaction');
    const fullUrl = typeof e.fullUrl === 'string' ? e.fullUrl : undefined;
    return { at: `${at}.resource`, fullUrl, type, resource: e.resource };
  });
}

/**
 * Runs the transaction. `allowed` says whether the caller may perform an action (the guard's rule,
 * token scopes included): creating a Patient needs client.create as well as the route's response.create.
 */
export async function runTransaction(
  ctx: AppContext,
  scope: OrgScope,
  bundle: unknown,
  base: string,
  allowed: (action: 'client.create') => boolean,
) {
  const entries = entriesOf(bundle);
  if (entries.some((e) => e.type === 'Patient') && !allowed('client.create'))
    throw forbidden('fhir-patient-create');
  return transaction(ctx, async (trx) => {
    const created = new Map<string, string>();
    const out: Array<TransactionResponseEntry & { source: Entry }> = [];
    for (const e of entries.filter((x) => x.type === 'Patient')) {
      try {
        const client = await createClientIn(ctx, trx, scope, {
          ...patientToClient(e.resource),
          language: 'en',
        });
        if (e.fullUrl) created.set(e.fullUrl, client.id);
        const patient = clientToPatient(client);
        out.push(entryOf(base, patient, e));
      } catch (err) {
        throw inEntry(err, e.at);
      }
    }
    for (const e of entries.filter((x) => x.type === 'QuestionnaireResponse')) {
      const subject = isObject(e.resource.subject) ? e.resource.subject : undefined;
      const ref = typeof subject?.reference === 'string' ? subject.reference : undefined;
      const resource =
        ref && created.has(ref)
          ? { ...e.resource, subject: { ...subject, reference: `Patient/${created.get(ref)}` } }
          : e.resource;
      try {
        out.push(entryOf(base, await submitResponseIn(ctx, trx, scope, resource), e));
      } catch (err) {
        throw inEntry(err, e.at);
      }
    }
    // Answer in the Bundle's order.
    return transactionResponse(
      entries.map((e) => out.find((o) => o.source === e)!).map(({ source: _s, ...rest }) => rest),
    );
  });
}

function entryOf(base: string, resource: { resourceType: string; id: string } & object, source: Entry) {
  const location = `${base}/${resource.resourceType}/${resource.id}`;
  return {
    fullUrl: location,
    resource,
    response: { status: '201 Created', location },
    source,
  } as TransactionResponseEntry & {
    source: Entry;
  };
}
