/**
 * The screening form's state, where it starts from, and keeping it as a server draft while it is
 * filled in. It starts from the draft on the server (a reload, another desk), else from the
 * enrollment's latest screening (answers and medications, to be checked again with the client; vital
 * signs are measured anew), else empty. Changes are saved a moment after typing stops.
 */
import { useEffect, useRef, useState } from 'react';
import type { Checklist, ScreeningAnswer } from '../../domain/screening/types.ts';
import type { Medication, Screening, ScreeningCreate, ScreeningDraft, ScreeningDraftBody } from './api.ts';
import { useSaveScreeningDraft } from './api.ts';
import { EMPTY_VITALS, type ReadVitals, VITAL_INPUTS, type VitalDraft } from './IntakeVitalsFields.tsx';

export interface ScreeningFormState {
  answers: Record<string, ScreeningAnswer>;
  medications: Medication[];
  vitals: VitalDraft;
  confirmUnusual: boolean;
  measuredAt: string;
  notes: string;
}

export type StartedFrom =
  | { kind: 'draft'; updatedAt: string | null; by: string | null }
  | { kind: 'previous'; recordedAt: string }
  | { kind: 'new' };

const known = (checklist: Checklist, answers: Record<string, ScreeningAnswer>) =>
  Object.fromEntries(checklist.items.filter((i) => answers[i.id]).map((i) => [i.id, answers[i.id]!]));

function fromDraft(body: ScreeningDraftBody, checklist: Checklist, now: string): ScreeningFormState {
  const vitals = { ...EMPTY_VITALS };
  for (const spec of VITAL_INPUTS) vitals[spec.key] = body.vitals[spec.key] ?? '';
  return {
    answers: known(checklist, body.answers),
    medications: body.medications,
    vitals,
    confirmUnusual: body.confirmUnusual === true,
    measuredAt: body.measuredAt || now,
    notes: body.notes,
  };
}

/** The state the form opens with, and what it came from (shown to the person). */
export function startingState(
  draft: ScreeningDraft,
  screenings: Screening[],
  checklist: Checklist,
  now: string,
): { state: ScreeningFormState; from: StartedFrom } {
  if (draft.draft) {
    return {
      state: fromDraft(draft.draft, checklist, now),
      from: { kind: 'draft', updatedAt: draft.updatedAt, by: draft.updatedBy?.name ?? null },
    };
  }
  const empty: ScreeningFormState = {
    answers: {},
    medications: [],
    vitals: { ...EMPTY_VITALS },
    confirmUnusual: false,
    measuredAt: now,
    notes: '',
  };
  const last = [...screenings].sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt))[0];
  if (!last) return { state: empty, from: { kind: 'new' } };
  return {
    state: { ...empty, answers: known(checklist, last.answers), medications: last.medications },
    from: { kind: 'previous', recordedAt: last.recordedAt },
  };
}

export const toDraftBody = (s: ScreeningFormState): ScreeningDraftBody => ({
  answers: s.answers,
  medications: s.medications,
  vitals: { ...s.vitals },
  confirmUnusual: s.confirmUnusual,
  measuredAt: s.measuredAt,
  notes: s.notes,
});

/** The form as the request that records the screening; `measuredAt` is the UTC instant ('' if none). */
export function toScreeningCreate(
  form: ScreeningFormState,
  vitals: ReadVitals,
  measuredAt: string,
): ScreeningCreate {
  const v = vitals.values;
  const anyVital = VITAL_INPUTS.some((s) => v[s.key] != null);
  return {
    answers: form.answers,
    medications: form.medications
      .map((m) => ({ name: m.name.trim(), dose: m.dose.trim(), frequency: m.frequency.trim() }))
      .filter((m) => m.name),
    vitals: {
      systolic: v.systolic ?? null,
      diastolic: v.diastolic ?? null,
      heartRate: v.heartRate ?? null,
      spo2: v.spo2 ?? null,
      weightKg: v.weightKg ?? null,
      heightCm: v.heightCm ?? null,
      measuredAt: anyVital && measuredAt ? measuredAt : null,
      ...(vitals.unusual && form.confirmUnusual ? { confirmUnusual: true } : {}),
    },
    ...(form.notes.trim() ? { notes: form.notes.trim() } : {}),
  };
}

export type DraftStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed' };

/** Saves the state as the server draft 800 ms after the last change; `stop()` ends it (on submit). */
export function useDraftAutosave(enrollmentId: string, state: ScreeningFormState) {
  const save = useSaveScreeningDraft(enrollmentId);
  const signature = JSON.stringify(toDraftBody(state));
  const saved = useRef(signature);
  const stopped = useRef(false);
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const { mutate } = save;

  useEffect(() => {
    if (stopped.current || signature === saved.current) return;
    const timer = setTimeout(() => {
      if (stopped.current) return;
      setStatus({ kind: 'saving' });
      mutate(JSON.parse(signature) as ScreeningDraftBody, {
        onSuccess: (d) => {
          saved.current = signature;
          setStatus({ kind: 'saved', at: d.updatedAt ?? new Date().toISOString() });
        },
        onError: () => setStatus({ kind: 'failed' }),
      });
    }, 800);
    return () => clearTimeout(timer);
  }, [signature, mutate]);

  return {
    status,
    stop() {
      stopped.current = true;
    },
    resume() {
      stopped.current = false;
    },
  };
}
