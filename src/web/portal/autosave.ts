/**
 * Keeps the answers safe while the client works: in this tab's sessionStorage at once (a reload
 * restores them), and on the server as a draft half a second after the last change. A draft the
 * server refuses because the link has closed ends the questionnaire; other failures only say that
 * the answers are kept on this device for now.
 */
import { useEffect, useRef, useState } from 'react';
import { useSaveDraft } from './api.ts';
import type { Answers } from './flow.ts';
import { isClosed, type PortalProblem, portalProblem } from './problems.ts';
import { type KeyValueStorage, saveAnswers } from './storage.ts';

export const DRAFT_DELAY_MS = 500;

interface Options {
  token: string;
  answers: Answers;
  storage: KeyValueStorage | null;
  /** False while sending and after: no draft may follow the submission. */
  enabled: boolean;
  onClosed: (problem: PortalProblem) => void;
}

/** Returns true when the last draft could not be saved on the server. */
export function useDraftAutosave({ token, answers, storage, enabled, onClosed }: Options): boolean {
  const { mutate } = useSaveDraft(token);
  const [failed, setFailed] = useState(false);
  const sent = useRef(JSON.stringify(answers));
  const live = useRef(enabled);
  live.current = enabled;
  const closed = useRef(onClosed);
  closed.current = onClosed;

  useEffect(() => {
    if (enabled) saveAnswers(storage, token, answers);
  }, [storage, token, answers, enabled]);

  useEffect(() => {
    const body = JSON.stringify(answers);
    if (!enabled || body === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = body;
      mutate(answers, {
        onSuccess: () => setFailed(false),
        onError: (error) => {
          if (!live.current) return;
          const problem = portalProblem(error);
          if (isClosed(problem)) closed.current(problem);
          else {
            // Try again with the next change.
            sent.current = '';
            setFailed(true);
          }
        },
      });
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [answers, enabled, mutate]);

  return failed;
}
