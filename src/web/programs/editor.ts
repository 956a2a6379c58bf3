/** What every part of the program builder gets: the draft, a way to change it, and its errors. */
import type { AssessmentDraft, ProgramDraft, SessionDraft } from './draft.ts';
import type { DraftErrors } from './draft-errors.ts';

export interface DraftEditor {
  draft: ProgramDraft;
  /** Applies a change; the error at `address` (the field changed) is cleared. */
  update(change: (draft: ProgramDraft) => ProgramDraft, address?: string): void;
  errors: DraftErrors;
  /** True for roles that may read programs but not change them. */
  readOnly: boolean;
}

/** The DOM id of the input at an error address (for focusing the first error). */
export const fieldId = (address: string) => `program-${address.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** Props for an input at an address: its id and its error message. */
export function at(editor: DraftEditor, address: string) {
  return { id: fieldId(address), error: editor.errors.fields[address] };
}

export function updateSession(
  editor: DraftEditor,
  uid: number,
  patch: Partial<SessionDraft>,
  address?: string,
): void {
  editor.update(
    (d) => ({ ...d, sessions: d.sessions.map((s) => (s.uid === uid ? { ...s, ...patch } : s)) }),
    address,
  );
}

export function updateAssessment(
  editor: DraftEditor,
  uid: number,
  patch: Partial<AssessmentDraft>,
  address?: string,
): void {
  editor.update(
    (d) => ({ ...d, assessments: d.assessments.map((a) => (a.uid === uid ? { ...a, ...patch } : a)) }),
    address,
  );
}
