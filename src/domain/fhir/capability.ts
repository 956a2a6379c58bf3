/**
 * What the FHIR server supports, declared once: the search parameters of each resource (the
 * server refuses any other) and the CapabilityStatement built from the same table, so what clients
 * discover at /fhir/R4/metadata is exactly what the server does.
 */
export type SearchParamType = 'token' | 'string' | 'date' | 'reference' | 'uri';

export interface SearchParamDef {
  name: string;
  type: SearchParamType;
  documentation: string;
}

/** Result parameters every search accepts (besides the search parameters). */
export const RESULT_PARAMS = ['_count', '_offset', '_sort', '_format'] as const;

export const SEARCH_PARAMS = {
  Patient: [
    { name: '_id', type: 'token', documentation: 'The client id' },
    { name: 'identifier', type: 'token', documentation: 'urn:threshold:client|<client id>' },
    {
      name: 'name',
      type: 'string',
      documentation: 'Starts a given, family or preferred name (case-insensitive)',
    },
    { name: 'birthdate', type: 'date', documentation: 'Date of birth, with eq/ne/ge/gt/le/lt prefixes' },
  ],
  Questionnaire: [
    { name: '_id', type: 'token', documentation: 'The instrument id, e.g. phq-9' },
    { name: 'url', type: 'uri', documentation: 'The canonical URL, urn:threshold:questionnaire:<id>' },
  ],
  QuestionnaireResponse: [
    { name: '_id', type: 'token', documentation: 'The response id' },
    { name: 'patient', type: 'reference', documentation: 'The client (required, or subject)' },
    { name: 'subject', type: 'reference', documentation: 'Patient/<client id> (required, or patient)' },
    { name: 'questionnaire', type: 'reference', documentation: 'The questionnaire canonical URL' },
    { name: 'authored', type: 'date', documentation: 'When it was answered' },
  ],
  Observation: [
    { name: '_id', type: 'token', documentation: 'The observation id (that of the response scored)' },
    { name: 'patient', type: 'reference', documentation: 'The client (required, or subject)' },
    { name: 'subject', type: 'reference', documentation: 'Patient/<client id> (required, or patient)' },
    {
      name: 'code',
      type: 'token',
      documentation: 'system|code of the score (LOINC or urn:threshold:instrument-score)',
    },
    { name: 'date', type: 'date', documentation: 'When the questionnaire was answered' },
  ],
} as const satisfies Record<string, readonly SearchParamDef[]>;

export type SearchableType = keyof typeof SEARCH_PARAMS;

/** The `_sort` keys each resource supports. */
export const SORT_PARAMS: Record<SearchableType, readonly string[]> = {
  Patient: ['_id', 'name', 'birthdate'],
  Questionnaire: ['_id', 'url'],
  QuestionnaireResponse: ['_id', 'authored'],
  Observation: ['_id', 'date'],
};

const INTERACTIONS: Record<SearchableType, string[]> = {
  Patient: ['read', 'search-type'],
  Questionnaire: ['read', 'search-type'],
  QuestionnaireResponse: ['read', 'search-type', 'create'],
  Observation: ['read', 'search-type'],
};

export function capabilityStatement(base: string, version: string, date: string) {
  return {
    resourceType: 'CapabilityStatement' as const,
    status: 'active' as const,
    date,
    publisher: 'Threshold',
    kind: 'instance' as const,
    software: { name: 'Threshold', version },
    implementation: { description: 'Threshold FHIR R4 server', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server' as const,
        documentation:
          'Authenticate with an API token (Authorization: Bearer) or a staff session. Every read of client data is audited. Searches page with _count (default 20, at most 100) and Bundle.link next/previous.',
        security: {
          cors: false,
          description:
            'Authorization: Bearer <API token> (issued by an organization owner), scoped to actions of the role matrix.',
        },
        resource: (Object.keys(SEARCH_PARAMS) as SearchableType[]).map((type) => ({
          type,
          interaction: INTERACTIONS[type].map((code) => ({ code })),
          ...(type === 'QuestionnaireResponse' ? { conditionalCreate: true } : {}),
          searchParam: SEARCH_PARAMS[type].map((p) => ({
            name: p.name,
            type: p.type,
            documentation: p.documentation,
          })),
        })),
        interaction: [{ code: 'transaction' as const }],
      },
    ],
  };
}
