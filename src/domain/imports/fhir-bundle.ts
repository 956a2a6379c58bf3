/**
 * Past responses from a FHIR R4 Bundle (any type: collection, batch, transaction) of
 * QuestionnaireResponses. Each entry is read by the same mapper the FHIR API uses
 * (`parseQuestionnaireResponse`: the published Questionnaire's items and codings), so an import
 * accepts exactly what `POST /fhir/R4/QuestionnaireResponse` accepts; problems are reported per
 * entry, numbered from 1, with the path inside the entry.
 */
import { DomainError } from '../errors.ts';
import { type InstrumentLookup, parseQuestionnaireResponse } from '../fhir/questionnaire-response.ts';
import type { RowCheck } from './clients.ts';
import { issueAt } from './issue-codes.ts';
import type { ImportIssue } from './issues.ts';
import { type ImportedResponse, parseCompletedAt, scoreRow } from './responses.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Is this parsed JSON a FHIR Bundle? (Then it is read as one; otherwise it is refused.) */
export const isBundle = (v: unknown): boolean => isObject(v) && v.resourceType === 'Bundle';

export function checkBundle(
  bundle: unknown,
  lookup: InstrumentLookup,
  now: Date = new Date(),
): { rows: RowCheck<ImportedResponse>[]; fileIssues: ImportIssue[] } {
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle')
    return {
      rows: [],
      fileIssues: [issueAt(0, 'resourceType', 'bundle-not-fhir')],
    };
  if (!Array.isArray(bundle.entry) || bundle.entry.length === 0)
    return { rows: [], fileIssues: [issueAt(0, 'entry', 'bundle-empty')] };

  const rows = bundle.entry.map((entry: unknown, i: number): RowCheck<ImportedResponse> => {
    const line = i + 1;
    const at = (path: string) => `entry[${i}].resource${path ? `.${path}` : ''}`;
    const resource = isObject(entry) ? entry.resource : undefined;
    let parsed: ReturnType<typeof parseQuestionnaireResponse>;
    try {
      parsed = parseQuestionnaireResponse(resource, lookup);
    } catch (err) {
      if (!(err instanceof DomainError) || err.kind !== 'validation') throw err;
      return {
        ok: false,
        issues: err.fields.map((f) => ({
          line,
          column: at(f.field === '(body)' ? '' : f.field),
          message: f.message,
          ...(f.code ? { code: f.code, params: f.params ?? {} } : {}),
        })),
      };
    }
    if (parsed.administeredAt === undefined)
      return {
        ok: false,
        issues: [issueAt(line, at('authored'), 'authored-required')],
      };
    const when = parseCompletedAt(parsed.administeredAt, now);
    if ('error' in when)
      return { ok: false, issues: [issueAt(line, at('authored'), when.error.code, when.error.params)] };
    const instrument = lookup(parsed.instrumentId)!;
    return scoreRow(
      line,
      {
        client: { kind: 'id', id: parsed.clientId },
        instrument,
        administeredAt: when.at,
        answers: parsed.answers,
      },
      (linkId) => at(parsed.paths[linkId] ?? `item.where(linkId='${linkId}')`),
    );
  });
  return { rows, fileIssues: [] };
}
