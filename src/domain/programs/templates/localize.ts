/**
 * A program template in the reader's language: every text the template shows or copies into a
 * program (title, summary, name, description, arm and session names and descriptions, timepoint
 * labels, the source's note, and its citation when it describes a program rather than cites a paper)
 * said again where a translation is installed; English otherwise. Keys, days, doses and every other
 * number stay as they are.
 */
import type { UiLanguage } from '../../locale/locales.ts';
import type { ProgramTemplate } from '../types.ts';
import { NL_TEMPLATE_TEXTS } from './translations/nl.ts';

const TEXTS: Readonly<Record<UiLanguage, Readonly<Record<string, Readonly<Record<string, string>>>>>> = {
  en: {},
  nl: NL_TEMPLATE_TEXTS,
};

export function localizeTemplate(template: ProgramTemplate, language: UiLanguage): ProgramTemplate {
  const texts = TEXTS[language][template.id];
  if (!texts) return template;
  const say = (english: string): string => texts[english] ?? english;
  const d = template.definition;
  return {
    ...template,
    title: say(template.title),
    summary: say(template.summary),
    definition: {
      ...d,
      name: say(d.name),
      description: say(d.description),
      arms: d.arms.map((a) => ({ ...a, name: say(a.name), description: say(a.description) })),
      sessions: d.sessions.map((s) => ({ ...s, name: say(s.name), description: say(s.description) })),
      assessments: d.assessments.map((a) => ({ ...a, label: say(a.label) })),
      source: d.source && {
        ...d.source,
        citation: say(d.source.citation),
        note: say(d.source.note),
      },
    },
  };
}
