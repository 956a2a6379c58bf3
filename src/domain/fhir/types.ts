/**
 * The FHIR R4 shapes Threshold emits and reads: only the elements it uses, typed closely enough that
 * a mapping cannot put a number where FHIR wants a string. Not a general FHIR model.
 */

/** The extensions of a primitive element (FHIR JSON puts them in `_name` beside `name`). */
export interface PrimitiveExtensions {
  extension: Extension[];
}

export interface Coding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
  _display?: PrimitiveExtensions;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Extension {
  url: string;
  valueDecimal?: number;
  valueString?: string;
  valueCode?: string;
  extension?: Extension[];
}

export interface Reference {
  reference?: string;
  display?: string;
}

export interface Quantity {
  value: number;
  unit: string;
  system: string;
  code: string;
}

export interface Annotation {
  text: string;
}

export interface QuestionnaireAnswerOption {
  extension?: Extension[];
  valueCoding: Coding;
}

export interface QuestionnaireItem {
  linkId: string;
  code?: Coding[];
  prefix?: string;
  text?: string;
  _text?: PrimitiveExtensions;
  type: 'display' | 'choice';
  required?: boolean;
  answerOption?: QuestionnaireAnswerOption[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  subjectType: ['Patient'];
  language?: string;
  publisher: string;
  description: string;
  copyright: string;
  code?: Coding[];
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueCoding?: Coding;
  valueInteger?: number;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer: QuestionnaireResponseAnswer[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  questionnaire: string;
  status: 'completed';
  subject: Reference;
  authored: string;
  author?: Reference;
  item: QuestionnaireResponseItem[];
}

export interface ObservationComponent {
  code: CodeableConcept;
  valueQuantity: Quantity;
}

export interface Observation {
  resourceType: 'Observation';
  id: string;
  status: 'final';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  effectiveDateTime: string;
  issued?: string;
  valueQuantity: Quantity;
  interpretation?: CodeableConcept[];
  note?: Annotation[];
  derivedFrom: Reference[];
  component?: ObservationComponent[];
}

export type Resource = Questionnaire | QuestionnaireResponse | Observation | import('./patient.ts').Patient;

export interface BundleEntry<R extends Resource = Resource> {
  fullUrl: string;
  resource: R;
  search: { mode: 'match' };
}

export interface Bundle<R extends Resource = Resource> {
  resourceType: 'Bundle';
  type: 'searchset';
  total: number;
  link: Array<{ relation: 'self'; url: string }>;
  entry: BundleEntry<R>[];
}

/** A collection Bundle: resources put together for export, not the answer to a search. */
export interface CollectionBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: Array<{ fullUrl: string; resource: Resource }>;
}

/**
 * A stored, scored response as the FHIR mappings need it (structurally the responses service's
 * record, declared here so the domain does not depend on the server).
 */
export interface StoredResponse {
  id: string;
  clientId: string;
  instrumentId: string;
  instrumentVersion: string;
  language: string;
  answers: Readonly<Record<string, number | null>>;
  total: number;
  severity: string | null;
  subscales: Readonly<Record<string, number>>;
  flags: ReadonlyArray<{ id: string; reason: string }>;
  administeredAt: string;
  source: string;
  enteredBy: { userId: string; name: string } | null;
  scoredAt: string;
}
