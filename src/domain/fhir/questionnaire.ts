/**
 * An instrument of the registry as a FHIR R4 Questionnaire: one `choice` item per question, each
 * answer option coded (LOINC LA code where the registry holds a usable one, Threshold's answer
 * system otherwise) and carrying its score as an ordinalValue; the printed instructions first, as a
 * `display` item. LOINC codes the registry marks 'unverified' are left out (see systems.ts).
 * The texts are the registry's English (the resource's `language`); each installed translation
 * rides on the item text, the instructions and every answer display as a FHIR `translation`
 * extension. linkIds and codes never change with the language, so responses score the same.
 */
import type { AnswerOption, InstrumentDefinition, InstrumentTexts, Item } from '../instruments/types.ts';
import {
  answerSystem,
  computableName,
  LOINC,
  ORDINAL_VALUE,
  questionnaireUrl,
  TRANSLATION,
  usableCode,
} from './systems.ts';
import type { Coding, PrimitiveExtensions, Questionnaire, QuestionnaireItem } from './types.ts';

/** A translation of the questionnaire's texts carried on the resource. */
export interface QuestionnaireTranslation {
  language: string;
  texts: InstrumentTexts;
}

/** The `translation` extensions of one text: one per language that has it. */
function translated(
  translations: readonly QuestionnaireTranslation[],
  pick: (t: InstrumentTexts) => string | null | undefined,
): { extensions?: PrimitiveExtensions } {
  const extension = translations.flatMap((t) => {
    const content = pick(t.texts);
    return content
      ? [
          {
            url: TRANSLATION,
            extension: [
              { url: 'lang', valueCode: t.language },
              { url: 'content', valueString: content },
            ],
          },
        ]
      : [];
  });
  return extension.length ? { extensions: { extension } } : {};
}

/** The coding one answer option is exchanged as (in the Questionnaire and in responses alike). */
export function answerCoding(def: Pick<InstrumentDefinition, 'id'>, option: AnswerOption): Coding {
  const la = usableCode(option.loinc);
  return la
    ? { system: LOINC, code: la, display: option.label }
    : { system: answerSystem(def.id), code: String(option.value), display: option.label };
}

/** Whether an item must be answered: required in the registry, and part of a score. */
export const isRequired = (item: Item): boolean => item.required && item.scored;

/** linkId of the instructions `display` item: "instructions", unless an item of the instrument already has it. */
export function instructionsLinkId(def: Pick<InstrumentDefinition, 'items'>): string {
  const taken = new Set(def.items.map((i) => i.linkId));
  let id = 'instructions';
  for (let n = 2; taken.has(id); n++) id = `instructions-${n}`;
  return id;
}

function statusNote(status: string): string {
  return status === 'confirmed'
    ? ''
    : ` (${status === 'secondary' ? 'from a secondary source' : 'unverified'})`;
}

function toItem(
  def: InstrumentDefinition,
  item: Item,
  translations: readonly QuestionnaireTranslation[],
): QuestionnaireItem {
  const code = usableCode(item.loinc);
  const text = translated(translations, (t) => t.items[item.linkId]?.text).extensions;
  return {
    linkId: item.linkId,
    ...(code ? { code: [{ system: LOINC, code }] } : {}),
    prefix: String(item.number),
    text: item.text,
    ...(text ? { _text: text } : {}),
    type: 'choice',
    required: isRequired(item),
    answerOption: item.options.map((o) => {
      const display = translated(
        translations,
        (t) => t.items[item.linkId]?.options[String(o.value)],
      ).extensions;
      return {
        extension: [{ url: ORDINAL_VALUE, valueDecimal: o.value }],
        valueCoding: { ...answerCoding(def, o), ...(display ? { _display: display } : {}) },
      };
    }),
  };
}

/** The instrument as a Questionnaire in English, with `translations` as translation extensions. */
export function toQuestionnaire(
  def: InstrumentDefinition,
  translations: readonly QuestionnaireTranslation[] = [],
): Questionnaire {
  const panel = usableCode(def.loinc.panel);
  const description = [
    `${def.name} (${def.shortName}), by ${def.authors}. Recall period: ${def.recallPeriod}.`,
    `Citation${statusNote(def.citation.status)}: ${def.citation.value}`,
    `Item texts${statusNote(def.textSource.status)}: ${def.textSource.source}`,
  ].join('\n\n');
  const items: QuestionnaireItem[] = def.items.map((i) => toItem(def, i, translations));
  if (def.instructions) {
    const text = translated(translations, (t) => t.instructions).extensions;
    items.unshift({
      linkId: instructionsLinkId(def),
      text: def.instructions,
      ...(text ? { _text: text } : {}),
      type: 'display',
    });
  }
  return {
    resourceType: 'Questionnaire',
    id: def.id,
    url: questionnaireUrl(def.id),
    version: def.version,
    name: computableName(def.shortName),
    title: def.name,
    status: 'active',
    subjectType: ['Patient'],
    language: 'en',
    publisher: def.authors,
    description,
    copyright: `${def.licence.value}${statusNote(def.licence.status)}`,
    ...(panel ? { code: [{ system: LOINC, code: panel }] } : {}),
    item: items,
  };
}
