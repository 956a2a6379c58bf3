/**
 * FHIR R4 QuestionnaireResponse in both directions.
 *
 * In: an incoming resource is checked against the Questionnaire Threshold publishes for the
 * instrument, and every problem is named by its path in the resource (`item[2].answer[0].valueCoding`)
 * before anything is scored or stored. Accepted answers: `valueCoding` whose code is one of the
 * item's options (under LOINC when the registry holds a usable LA code for it, or always under
 * Threshold's answer system, code = the stored value), or `valueInteger` equal to an option's value.
 * LOINC codes the registry marks 'unverified' are not accepted: they are not in the Questionnaire.
 *
 * Out: a stored response as a completed QuestionnaireResponse, answers coded as in the Questionnaire.
 */
import { DomainError, type FieldIssue, fieldIssue } from '../errors.ts';
import type { FieldCode } from '../field-codes.ts';
import type { AnswerOption, InstrumentDefinition, Item } from '../instruments/types.ts';
import { answerCoding, instructionsLinkId, isRequired } from './questionnaire.ts';
import {
  answerSystem,
  LOINC,
  parseQuestionnaireRef,
  questionnaireUrl,
  usableCode,
  versionedQuestionnaireUrl,
} from './systems.ts';
import type { QuestionnaireResponse, QuestionnaireResponseItem, StoredResponse } from './types.ts';

export interface ParsedResponse {
  instrumentId: string;
  clientId: string;
  /** `authored`, as sent (a full date-time with time zone); absent when the resource has none. */
  administeredAt?: string;
  /** Answered items only, by linkId. */
  answers: Record<string, number>;
  /** Where each answered item sat in the resource (linkId → `item[i]`), to name it in later errors. */
  paths: Record<string, string>;
}

export type InstrumentLookup = (id: string) => InstrumentDefinition | undefined;

const PATIENT_REF = /^Patient\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
/** FHIR dateTime with a time, which then needs seconds and a zone. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The path of an item that is absent from the resource, as a FHIRPath expression. */
export const missingItemPath = (linkId: string): string =>
  `item.where(linkId='${linkId.replace(/'/g, "\\'")}')`;

function describeOptions(def: InstrumentDefinition, item: Item): string {
  return item.options
    .map((o) => {
      const c = answerCoding(def, o);
      return c.system === LOINC ? `${c.code} / ${o.value} (${o.label})` : `${o.value} (${o.label})`;
    })
    .join(', ');
}

/** The option a coding names, or undefined. */
function optionOfCoding(
  def: InstrumentDefinition,
  item: Item,
  system: string | undefined,
  code: string,
): AnswerOption | undefined {
  const own = answerSystem(def.id);
  return item.options.find((o) => {
    const la = usableCode(o.loinc);
    const byValue = code === String(o.value) && (system === undefined || system === own);
    const byLoinc = la !== undefined && code === la && (system === undefined || system === LOINC);
    return byValue || byLoinc;
  });
}

/** Records why a path of the resource is refused, by its code (src/domain/field-codes.ts) and values. */
type Fail = (field: string, code: FieldCode, values?: Readonly<Record<string, unknown>>) => void;

/** Checks one answer, returning its value or recording why it is refused. */
function answerValue(
  def: InstrumentDefinition,
  item: Item,
  answer: unknown,
  path: string,
  fail: Fail,
): number | undefined {
  if (!isObject(answer)) return void fail(path, 'object');
  if (answer.item !== undefined) fail(`${path}.item`, 'fhir-nested-items', { instrument: def.shortName });
  const keys = Object.keys(answer).filter((k) => k.startsWith('value'));
  if (keys.length === 0) return void fail(path, 'fhir-answer-no-value');
  if (keys.length > 1) return void fail(path, 'fhir-answer-values', { keys: keys.join(', ') });
  const key = keys[0]!;
  const value = answer[key];
  const where = `${path}.${key}`;
  if (key === 'valueInteger') {
    if (typeof value !== 'number' || !Number.isInteger(value)) return void fail(where, 'integer');
    if (!item.options.some((o) => o.value === value)) {
      return void fail(where, 'fhir-value-not-an-answer', {
        value,
        item: item.number,
        options: describeOptions(def, item),
      });
    }
    return value;
  }
  if (key === 'valueCoding') {
    if (!isObject(value)) return void fail(where, 'fhir-coding');
    const { system, code } = value;
    if (typeof code !== 'string' || code === '') return void fail(`${where}.code`, 'required');
    if (system !== undefined && typeof system !== 'string') return void fail(`${where}.system`, 'text');
    const option = optionOfCoding(def, item, system, code);
    if (!option) {
      const values = {
        code,
        item: item.number,
        options: describeOptions(def, item),
        systems: [
          answerSystem(def.id),
          ...(item.options.some((o) => usableCode(o.loinc)) ? [LOINC] : []),
        ].join(', '),
      };
      return void (system === undefined
        ? fail(where, 'fhir-code-not-an-answer', values)
        : fail(where, 'fhir-system-code-not-an-answer', { ...values, system }));
    }
    return option.value;
  }
  return void fail(where, 'fhir-value-not-accepted', { item: item.number });
}

/**
 * Checks an incoming QuestionnaireResponse and returns what Threshold stores, or throws a
 * validation DomainError naming every failing path.
 */
export function parseQuestionnaireResponse(input: unknown, lookup: InstrumentLookup): ParsedResponse {
  if (!isObject(input))
    throw new DomainError('validation', '(body): must be a JSON object', [
      fieldIssue('(body)', 'json-object'),
    ]);
  if (input.resourceType !== 'QuestionnaireResponse') {
    throw new DomainError('validation', 'resourceType: must be "QuestionnaireResponse"', [
      fieldIssue('resourceType', 'fhir-questionnaire-response'),
    ]);
  }
  const issues: FieldIssue[] = [];
  const fail: Fail = (field, code, values = {}) => {
    issues.push(fieldIssue(field, code, values));
  };

  if (input.status !== 'completed' && input.status !== 'amended') {
    fail('status', 'fhir-status-finished');
  }

  let def: InstrumentDefinition | undefined;
  const q = input.questionnaire;
  if (typeof q !== 'string' || q === '') {
    fail('questionnaire', 'fhir-questionnaire-required');
  } else {
    const ref = parseQuestionnaireRef(q);
    def = ref ? lookup(ref.id) : undefined;
    if (!ref || !def) {
      fail('questionnaire', 'fhir-questionnaire-unknown', {
        questionnaire: q,
        expected: questionnaireUrl('<id>'),
      });
    } else if (ref.version !== null && ref.version !== def.version) {
      fail('questionnaire', 'fhir-questionnaire-version', {
        version: ref.version,
        instrument: def.shortName,
        current: def.version,
      });
      def = undefined;
    }
  }

  let clientId = '';
  const subject = input.subject;
  if (!isObject(subject)) {
    fail('subject', 'fhir-subject-required');
  } else {
    const m = typeof subject.reference === 'string' ? PATIENT_REF.exec(subject.reference) : null;
    if (!m) fail('subject.reference', 'fhir-subject-reference');
    else clientId = m[1]!.toLowerCase();
  }

  const authored = input.authored;
  if (authored !== undefined && (typeof authored !== 'string' || !DATE_TIME.test(authored))) {
    fail('authored', 'fhir-authored');
  }

  const answers: Record<string, number> = {};
  const paths: Record<string, string> = {};
  if (def) {
    const items = input.item ?? [];
    const byLinkId = new Map(def.items.map((i) => [i.linkId, i]));
    const instructions = def.instructions ? instructionsLinkId(def) : null;
    if (!Array.isArray(items)) fail('item', 'array');
    else {
      for (const [i, raw] of (items as unknown[]).entries()) {
        const path = `item[${i}]`;
        if (!isObject(raw)) {
          fail(path, 'object');
          continue;
        }
        const { linkId, answer } = raw;
        if (typeof linkId !== 'string' || linkId === '') {
          fail(`${path}.linkId`, 'required');
          continue;
        }
        const given = answer === undefined ? [] : answer;
        if (linkId === instructions) {
          if (!Array.isArray(given) || given.length) fail(`${path}.answer`, 'fhir-instructions-no-answer');
          continue;
        }
        const item = byLinkId.get(linkId);
        if (!item) {
          fail(`${path}.linkId`, 'fhir-item-unknown', { linkId, instrument: def.shortName });
          continue;
        }
        if (paths[linkId]) {
          fail(`${path}.linkId`, 'fhir-item-twice', { linkId, path: paths[linkId] });
          continue;
        }
        paths[linkId] = path;
        if (raw.item !== undefined) fail(`${path}.item`, 'fhir-nested-items', { instrument: def.shortName });
        if (!Array.isArray(given)) {
          fail(`${path}.answer`, 'array');
          continue;
        }
        if (given.length > 1) {
          fail(`${path}.answer[1]`, 'fhir-one-answer', { item: item.number, count: given.length });
          continue;
        }
        if (given.length === 0) continue;
        const value = answerValue(def, item, given[0], `${path}.answer[0]`, fail);
        if (value !== undefined) answers[linkId] = value;
      }
      const hasIssue = (path: string) =>
        issues.some((x) => x.field === path || x.field.startsWith(`${path}.`));
      for (const item of def.items) {
        if (!isRequired(item) || item.linkId in answers) continue;
        const path = paths[item.linkId];
        if (!path) fail(missingItemPath(item.linkId), 'fhir-item-required', { item: item.number });
        else if (!hasIssue(path)) fail(`${path}.answer`, 'fhir-item-no-answer', { item: item.number });
      }
    }
  }

  if (issues.length) {
    throw new DomainError('validation', issues.map((x) => `${x.field}: ${x.message}`).join('; '), issues);
  }
  return {
    instrumentId: def!.id,
    clientId,
    ...(typeof authored === 'string' ? { administeredAt: authored } : {}),
    answers,
    paths,
  };
}

/** A stored response as a completed QuestionnaireResponse (`def` = the registry's definition, when it still has one). */
export function toQuestionnaireResponse(
  stored: StoredResponse,
  def: InstrumentDefinition | undefined,
): QuestionnaireResponse {
  const sameVersion = def?.version === stored.instrumentVersion;
  const linkIds = def ? def.items.map((i) => i.linkId) : Object.keys(stored.answers);
  const items: QuestionnaireResponseItem[] = [];
  for (const linkId of linkIds) {
    const value = stored.answers[linkId];
    if (value === null || value === undefined) continue;
    const item = def?.items.find((i) => i.linkId === linkId);
    const option = item?.options.find((o) => o.value === value);
    items.push({
      linkId,
      ...(item && sameVersion ? { text: item.text } : {}),
      answer: [option && def ? { valueCoding: answerCoding(def, option) } : { valueInteger: value }],
    });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    id: stored.id,
    questionnaire: versionedQuestionnaireUrl(stored.instrumentId, stored.instrumentVersion),
    status: 'completed',
    subject: { reference: `Patient/${stored.clientId}` },
    authored: stored.administeredAt,
    ...(stored.enteredBy
      ? { author: { reference: `Practitioner/${stored.enteredBy.userId}`, display: stored.enteredBy.name } }
      : {}),
    item: items,
  };
}
