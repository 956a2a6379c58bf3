import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { InstrumentDefinition, Item } from '../instruments/types.ts';
import { searchset } from './bundle.ts';
import { toObservation } from './observation.ts';
import { toQuestionnaire } from './questionnaire.ts';
import { parseQuestionnaireResponse, toQuestionnaireResponse } from './questionnaire-response.ts';
import { answerSystem, computableName, LOINC, parseQuestionnaireRef, SCORE_SYSTEM } from './systems.ts';
import type { StoredResponse } from './types.ts';

const src = (value: string, status: 'confirmed' | 'secondary' | 'unverified' = 'confirmed') => ({
  value,
  status,
  source: 'test',
});

const scored = (n: number, loinc?: string): Item => ({
  linkId: `q${n}`,
  number: n,
  text: `Question ${n}`,
  options: [
    { value: 0, label: 'No', loinc: src('LA32-8') },
    { value: 1, label: 'Yes', loinc: src('LA33-6', 'unverified') },
  ],
  required: true,
  scored: true,
  ...(loinc ? { loinc: src(loinc) } : {}),
});

/** A three-item instrument: two scored (LOINC on item 1 only), one unscored. */
const FIXTURE: InstrumentDefinition = {
  id: 'test-3',
  name: 'Test Questionnaire Three',
  shortName: 'TQ-3',
  version: '2',
  authors: 'A. Author',
  citation: src('Author A. A test. 2020.', 'secondary'),
  licence: src('Public domain'),
  recallPeriod: 'last week',
  languages: ['en'],
  textSource: src('test'),
  instructions: 'Answer every question.',
  items: [
    scored(1, '1111-1'),
    scored(2, '2222-2-unverified'),
    { ...scored(3), linkId: 'extra', required: false, scored: false },
  ],
  scoringRules: [],
  missingRule: 'All scored items must be answered.',
  totalRange: { min: 0, max: 2 },
  bands: {
    value: [
      { min: 0, max: 0, label: 'none' },
      { min: 1, max: 2, label: 'some' },
    ],
    status: 'secondary',
    source: 'test',
  },
  change: {
    better: 'lower',
    response: null,
    remission: null,
    reliableChange: null,
    mcid: null,
    reliability: [],
  },
  safety: [],
  loinc: { panel: src('9999-9', 'unverified'), total: null },
  score: (a) => {
    const total = (a.q1 ?? 0) + (a.q2 ?? 0);
    return {
      instrumentId: 'test-3',
      instrumentVersion: '2',
      total,
      severity: total ? 'some' : 'none',
      subscales: { first: a.q1 ?? 0 },
      flags: [],
    };
  },
};
FIXTURE.items[1]!.loinc = src('2222-2', 'unverified');

const lookup = (id: string) => (id === FIXTURE.id ? FIXTURE : undefined);
const CLIENT = '0b9c3f8e-7a1d-4c2b-9e5f-1a2b3c4d5e6f';

const valid = (over: Record<string, unknown> = {}) => ({
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  questionnaire: 'urn:threshold:questionnaire:test-3|2',
  subject: { reference: `Patient/${CLIENT}` },
  authored: '2025-01-31T14:05:00+01:00',
  item: [
    { linkId: 'q1', answer: [{ valueCoding: { system: LOINC, code: 'LA32-8' } }] },
    { linkId: 'q2', answer: [{ valueCoding: { system: answerSystem('test-3'), code: '1' } }] },
    { linkId: 'extra', answer: [{ valueInteger: 0 }] },
  ],
  ...over,
});

function refusal(input: unknown): Array<{ field: string; message: string }> {
  try {
    parseQuestionnaireResponse(input, lookup);
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).kind).toBe('validation');
    return (err as DomainError).fields;
  }
  throw new Error('expected a refusal');
}
const fieldsOf = (input: unknown) => refusal(input).map((f) => f.field);

describe('Questionnaire from an instrument definition', () => {
  const q = toQuestionnaire(FIXTURE);

  it('names and versions it with the Threshold canonical and a computable name', () => {
    expect(q).toMatchObject({
      resourceType: 'Questionnaire',
      id: 'test-3',
      url: 'urn:threshold:questionnaire:test-3',
      version: '2',
      name: 'TQ3',
      title: 'Test Questionnaire Three',
      status: 'active',
      copyright: 'Public domain',
    });
    expect(q.description).toContain('Author A. A test. 2020.');
  });

  it('leaves out unverified LOINC codes (panel, item, answer) and keeps the others', () => {
    expect(q.code).toBeUndefined();
    const [instructions, q1, q2, extra] = q.item;
    expect(instructions).toEqual({ linkId: 'instructions', text: 'Answer every question.', type: 'display' });
    expect(q1!.code).toEqual([{ system: LOINC, code: '1111-1' }]);
    expect(q2!.code).toBeUndefined();
    expect(q1!.answerOption).toEqual([
      {
        extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 0 }],
        valueCoding: { system: LOINC, code: 'LA32-8', display: 'No' },
      },
      {
        extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 1 }],
        valueCoding: { system: 'urn:threshold:instrument:test-3:answers', code: '1', display: 'Yes' },
      },
    ]);
    expect([q1!.required, q2!.required, extra!.required]).toEqual([true, true, false]);
  });

  it('bundles as a searchset', () => {
    const b = searchset(
      'https://h/fhir/R4',
      { self: 'https://h/fhir/R4/Questionnaire', offset: 0, count: 20 },
      { items: [q], total: 1 },
    );
    expect(b).toMatchObject({ type: 'searchset', total: 1 });
    expect(b.entry[0]).toMatchObject({
      fullUrl: 'https://h/fhir/R4/Questionnaire/test-3',
      search: { mode: 'match' },
    });
  });
});

describe('QuestionnaireResponse in', () => {
  it('accepts codings of either system and integers, returning what is stored', () => {
    expect(parseQuestionnaireResponse(valid(), lookup)).toEqual({
      instrumentId: 'test-3',
      clientId: CLIENT,
      administeredAt: '2025-01-31T14:05:00+01:00',
      answers: { q1: 0, q2: 1, extra: 0 },
      paths: { q1: 'item[0]', q2: 'item[1]', extra: 'item[2]' },
    });
    const noSystem = valid({
      item: [
        { linkId: 'q1', answer: [{ valueCoding: { code: '1' } }] },
        { linkId: 'q2', answer: [{ valueInteger: 0 }] },
      ],
    });
    expect(parseQuestionnaireResponse(noSystem, lookup).answers).toEqual({ q1: 1, q2: 0 });
  });

  it('refuses, naming the path', () => {
    const item = (i: unknown) => valid({ item: [i, valid().item[1]] });
    expect(fieldsOf({ ...valid(), resourceType: 'Patient' })).toEqual(['resourceType']);
    expect(fieldsOf(valid({ status: 'in-progress' }))).toEqual(['status']);
    expect(fieldsOf(valid({ questionnaire: 'urn:threshold:questionnaire:nope' }))).toEqual(['questionnaire']);
    expect(fieldsOf(valid({ questionnaire: 'urn:threshold:questionnaire:test-3|1' }))).toEqual([
      'questionnaire',
    ]);
    expect(fieldsOf(valid({ subject: { reference: 'Group/1' } }))).toEqual(['subject.reference']);
    expect(fieldsOf(valid({ authored: '2025-01-31' }))).toEqual(['authored']);
    expect(fieldsOf(item({ linkId: 'zz', answer: [{ valueInteger: 0 }] }))).toEqual([
      'item[0].linkId',
      "item.where(linkId='q1')",
    ]);
    expect(
      fieldsOf(item({ linkId: 'q1', answer: [{ valueCoding: { system: LOINC, code: 'LA33-6' } }] })),
    ).toEqual(['item[0].answer[0].valueCoding']);
    expect(fieldsOf(item({ linkId: 'q1', answer: [{ valueString: 'No' }] }))).toEqual([
      'item[0].answer[0].valueString',
    ]);
    expect(fieldsOf(item({ linkId: 'q1', answer: [{ valueInteger: 7 }] }))).toEqual([
      'item[0].answer[0].valueInteger',
    ]);
    expect(fieldsOf(item({ linkId: 'q1', answer: [{ valueInteger: 0 }, { valueInteger: 1 }] }))).toEqual([
      'item[0].answer[1]',
    ]);
    expect(fieldsOf(item({ linkId: 'q1', answer: [] }))).toEqual(['item[0].answer']);
    expect(fieldsOf(valid({ item: [valid().item[0], valid().item[0], valid().item[1]] }))).toEqual([
      'item[1].linkId',
    ]);
  });

  it('collects every problem at once', () => {
    expect(fieldsOf(valid({ status: 'draft', subject: {}, item: [] }))).toEqual([
      'status',
      'subject.reference',
      "item.where(linkId='q1')",
      "item.where(linkId='q2')",
    ]);
  });
});

describe('stored response out', () => {
  const stored: StoredResponse = {
    id: '6f1e2d3c-4b5a-4968-8776-655443322110',
    clientId: CLIENT,
    instrumentId: 'test-3',
    instrumentVersion: '2',
    language: 'en',
    answers: { q1: 1, q2: 0, extra: null },
    total: 1,
    severity: 'some',
    subscales: { first: 1 },
    flags: [{ id: 'suicide-risk', reason: 'Item 1 answered 1 (Yes)' }],
    administeredAt: '2025-01-31T13:05:00.000Z',
    source: 'fhir',
    enteredBy: { userId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Dr Test' },
    scoredAt: '2025-01-31T13:06:00.000Z',
  };

  it('is a QuestionnaireResponse that parses back to the same answers', () => {
    const qr = toQuestionnaireResponse(stored, FIXTURE);
    expect(qr).toMatchObject({
      questionnaire: 'urn:threshold:questionnaire:test-3|2',
      status: 'completed',
      subject: { reference: `Patient/${CLIENT}` },
      authored: stored.administeredAt,
      author: { reference: 'Practitioner/a1b2c3d4-0000-4000-8000-000000000001', display: 'Dr Test' },
    });
    expect(qr.item.map((i) => i.linkId)).toEqual(['q1', 'q2']);
    expect(qr.item[1]!.answer[0]!.valueCoding).toEqual({ system: LOINC, code: 'LA32-8', display: 'No' });
    expect(parseQuestionnaireResponse(qr, lookup).answers).toEqual({ q1: 1, q2: 0 });
  });

  it("is an Observation coded with Threshold's score system where there is no usable LOINC total", () => {
    const o = toObservation(stored, FIXTURE);
    expect(o.code.coding).toEqual([
      { system: SCORE_SYSTEM, code: 'test-3-total', display: 'TQ-3 total score' },
    ]);
    expect(o.valueQuantity).toEqual({
      value: 1,
      unit: '{score}',
      system: 'http://unitsofmeasure.org',
      code: '{score}',
    });
    expect(o.interpretation).toEqual([{ text: 'some (bands secondary)' }]);
    expect(o.note).toEqual([{ text: 'Safety flag suicide-risk: Item 1 answered 1 (Yes)' }]);
    expect(o.derivedFrom).toEqual([{ reference: `QuestionnaireResponse/${stored.id}` }]);
    expect(o.component?.[0]?.code.coding?.[0]).toMatchObject({ system: SCORE_SYSTEM, code: 'test-3-first' });
    const loinc = toObservation(stored, { ...FIXTURE, loinc: { panel: null, total: src('5555-5') } });
    expect(loinc.code.coding).toEqual([{ system: LOINC, code: '5555-5' }]);
  });
});

describe('names', () => {
  it('computes FHIR names and reads questionnaire references', () => {
    expect(computableName('PHQ-9')).toBe('PHQ9');
    expect(computableName('qids-sr16')).toBe('Qidssr16');
    expect(computableName('5-item')).toBe('Q5item');
    expect(parseQuestionnaireRef('urn:threshold:questionnaire:phq-9|1')).toEqual({
      id: 'phq-9',
      version: '1',
    });
    expect(parseQuestionnaireRef('Questionnaire/gad-7')).toEqual({ id: 'gad-7', version: null });
    expect(parseQuestionnaireRef('http://example.org/Questionnaire/x|')).toBeNull();
  });
});
