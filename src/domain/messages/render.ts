/**
 * Filling a message template: `{{name}}` is replaced by its value, and a template is checked before
 * it is stored — every placeholder known for its field, the body's required ones present, no line
 * breaks in a subject or preview. Values are plain text (the HTML part escapes them).
 */
import { invalid } from '../errors.ts';
import {
  allowedPlaceholders,
  FIELD_MAX,
  KIND_SPECS,
  type MessageKind,
  type MessageTemplate,
  TEMPLATE_FIELDS,
} from './kinds.ts';

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

export const placeholdersIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);

export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/**
 * Throws a validation error naming the field (e.g. `body`) whose text is empty, too long, has a
 * line break where one may not be, uses a placeholder unknown to it, or lacks a required one.
 */
export function validateTemplate(kind: MessageKind, t: MessageTemplate): MessageTemplate {
  const out = {
    subject: t.subject.trim(),
    preview: t.preview.trim(),
    body: t.body.replace(/\r\n?/g, '\n').trim(),
  };
  for (const field of TEMPLATE_FIELDS) {
    const text = out[field];
    if (!text) throw invalid(field, 'blank-empty');
    if (text.length > FIELD_MAX[field]) throw invalid(field, 'max-length', { max: FIELD_MAX[field] });
    if (field !== 'body' && text.includes('\n')) throw invalid(field, 'one-line');
    const allowed = allowedPlaceholders(kind, field);
    const unknown = placeholdersIn(text).filter((p) => !allowed.includes(p));
    if (unknown.length) {
      const hidden = unknown.filter((p) => KIND_SPECS[kind].private.includes(p));
      const values = {
        placeholder: `{{${hidden[0] ?? unknown[0]}}}`,
        allowed: allowed.map((a) => `{{${a}}}`).join(', '),
      };
      throw invalid(field, hidden.length ? 'placeholder-private' : 'placeholder-unknown', values);
    }
    if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, '')))
      throw invalid(field, 'placeholder-unfinished', { example: '{{name}}' });
  }
  const missing = KIND_SPECS[kind].required.filter((p) => !placeholdersIn(out.body).includes(p));
  if (missing.length) throw invalid('body', 'placeholder-missing', { placeholder: `{{${missing[0]}}}` });
  return out;
}

export interface RenderedMessage {
  subject: string;
  preview: string;
  body: string;
}

/** The message a template makes with these values (subject and preview on one line each). */
export function renderMessage(t: MessageTemplate, values: Readonly<Record<string, string>>): RenderedMessage {
  const line = (s: string) => fill(s, values).replace(/\s+/g, ' ').trim();
  return { subject: line(t.subject), preview: line(t.preview), body: fill(t.body, values) };
}
