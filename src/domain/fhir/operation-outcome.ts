/**
 * Every /fhir error leaves as a FHIR OperationOutcome instead of RFC 9457 problem+json: the same
 * content, in the shape FHIR clients read. One issue per failing field (its path as the FHIRPath
 * `expression`; a query parameter as `http.<name>`), else one issue with the detail. Threshold's
 * problem type travels as a coding of `details`, so nothing the problem document said is lost.
 */
export const PROBLEM_SYSTEM = 'urn:threshold:problem';

export interface ProblemLike {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ field: string; in?: string; message: string }>;
}

export interface OperationOutcomeIssue {
  severity: 'error' | 'fatal';
  code: string;
  details: { coding: Array<{ system: string; code: string }>; text: string };
  diagnostics?: string;
  expression?: string[];
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: OperationOutcomeIssue[];
}

/** The FHIR IssueType (http://hl7.org/fhir/issue-type) for an HTTP status. */
function issueType(status: number): string {
  if (status === 401) return 'login';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 410) return 'deleted';
  if (status === 412) return 'multiple-matches';
  if (status === 413 || status === 414) return 'too-long';
  if (status === 415) return 'not-supported';
  if (status === 422) return 'processing';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'exception';
  return 'invalid';
}

/** A resource path as itself; a query or path parameter as `http.<name>`. */
const expressionOf = (e: { field: string; in?: string }) =>
  e.in === 'query' || e.in === 'params' ? `http.${e.field}` : e.field;

export function toOperationOutcome(problem: ProblemLike): OperationOutcome {
  const slug = problem.type.startsWith(`${PROBLEM_SYSTEM}:`)
    ? problem.type.slice(PROBLEM_SYSTEM.length + 1)
    : problem.type;
  const base = {
    severity: problem.status >= 500 ? ('fatal' as const) : ('error' as const),
    code: issueType(problem.status),
    details: { coding: [{ system: PROBLEM_SYSTEM, code: slug }], text: problem.title },
  };
  const fields = problem.errors ?? [];
  if (!fields.length)
    return {
      resourceType: 'OperationOutcome',
      issue: [{ ...base, diagnostics: problem.detail ?? problem.title }],
    };
  return {
    resourceType: 'OperationOutcome',
    issue: fields.map((e) => ({
      ...base,
      diagnostics: `${e.field}: ${e.message}`,
      // A whole part of the request ("(body)") has no path to point at.
      ...(e.field.startsWith('(') ? {} : { expression: [expressionOf(e)] }),
    })),
  };
}
