/**
 * The questionnaire behind a valid link: the screens (introduction, one per item, review, thanks),
 * the answers (restored from the server's draft and this tab, saved as they change) and sending
 * them once with a submission id kept for retries. Focus moves to each new screen's heading.
 */
import { Text } from '@mantine/core';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { type PortalInvitation, type SubmitResult, useSubmitAnswers } from './api.ts';
import { useDraftAutosave } from './autosave.ts';
import { DoneScreen } from './DoneScreen.tsx';
import {
  answersBody,
  type FlowAction,
  type FlowState,
  firstMissing,
  hasAnswers,
  initialFlow,
  mergeAnswers,
  reduceFlow,
  screenKey,
} from './flow.ts';
import { IntroScreen } from './IntroScreen.tsx';
import { ItemScreen } from './ItemScreen.tsx';
import type { PortalText } from './i18n.ts';
import { PortalMessage } from './PortalMessage.tsx';
import { PortalShell } from './PortalShell.tsx';
import { isClosed, type PortalProblem, portalProblem, refusedLinkId } from './problems.ts';
import { ReviewScreen } from './ReviewScreen.tsx';
import { clearPortal, loadAnswers, randomId, sessionStore, submissionIdFor } from './storage.ts';

interface Props {
  token: string;
  invitation: PortalInvitation;
  t: PortalText;
}

export function PortalQuestionnaire({ token, invitation, t }: Props) {
  const { instrument, language } = invitation;
  const items = instrument.items;
  const linkIds = useMemo(() => items.map((i) => i.linkId), [items]);
  const organization = invitation.organization.name;
  const storage = useMemo(sessionStore, []);
  const [state, dispatch] = useReducer(
    (s: FlowState, a: FlowAction) => reduceFlow(s, a, items),
    undefined,
    () => initialFlow(mergeAnswers(items, invitation.draft, loadAnswers(storage, token))),
  );
  const [resumed] = useState(() => hasAnswers(state.answers));
  const [result, setResult] = useState<SubmitResult | null>(null);
  const [closed, setClosed] = useState<PortalProblem | null>(null);
  const submit = useSubmitAnswers(token);

  const draftFailed = useDraftAutosave({
    token,
    answers: state.answers,
    storage,
    enabled: !submit.isPending && !result && !closed,
    onClosed: setClosed,
  });

  const heading = useRef<HTMLHeadingElement>(null);
  const crisis = useRef<HTMLDivElement>(null);
  const errorShown = useRef(state.error);
  errorShown.current = state.error;
  const key = result ? 'done' : screenKey(state.screen);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    // An item opened with an error focuses its message itself.
    if (key.startsWith('item') && errorShown.current) return;
    (crisis.current ?? heading.current)?.focus();
  }, [key]);

  const send = () => {
    const missing = items[firstMissing(items, state.answers)];
    if (missing) {
      dispatch({ type: 'problem', linkId: missing.linkId, kind: 'required' });
      return;
    }
    const submissionId = submissionIdFor(storage, token, randomId);
    submit.mutate(
      { answers: answersBody(items, state.answers), submissionId },
      {
        onSuccess: (data) => {
          clearPortal(storage, token);
          setResult(data);
        },
        onError: (error) => {
          const problem = portalProblem(error);
          if (isClosed(problem)) {
            clearPortal(storage, token);
            setClosed(problem);
            return;
          }
          const refused = refusedLinkId(error, linkIds);
          if (refused) dispatch({ type: 'problem', linkId: refused, kind: 'invalid' });
        },
      },
    );
  };

  if (closed) return <PortalMessage problem={closed} t={t} organization={organization} />;

  const screen = state.screen;
  const item = screen.kind === 'item' ? items[screen.index] : undefined;
  const sendProblem = submit.isError ? portalProblem(submit.error) : null;
  // A refused answer is shown at its item; other failures (network, server) on the review.
  const failed =
    sendProblem === 'network' || (sendProblem === 'other' && !refusedLinkId(submit.error, linkIds))
      ? sendProblem
      : null;

  const title = result
    ? t.doneTitle
    : screen.kind === 'item'
      ? t.questionOf(screen.index + 1, items.length)
      : screen.kind === 'review'
        ? t.reviewTitle
        : t.greeting(invitation.clientName);

  return (
    <PortalShell title={title} organization={organization}>
      {result ? (
        <DoneScreen invitation={invitation} result={result} t={t} headingRef={heading} crisisRef={crisis} />
      ) : screen.kind === 'item' && item ? (
        <ItemScreen
          key={item.linkId}
          instrument={instrument}
          crisis={invitation.crisis}
          item={item}
          index={screen.index}
          value={state.answers[item.linkId] ?? null}
          error={state.error?.linkId === item.linkId ? state.error : null}
          fromReview={state.fromReview}
          t={t}
          language={language}
          onAnswer={(value) => dispatch({ type: 'answer', linkId: item.linkId, value })}
          onBack={() => dispatch({ type: 'back' })}
          onNext={() => dispatch({ type: 'next' })}
          headingRef={heading}
        />
      ) : screen.kind === 'review' ? (
        <ReviewScreen
          instrument={instrument}
          answers={state.answers}
          t={t}
          language={language}
          sending={submit.isPending}
          failed={failed}
          attempt={submit.submittedAt}
          onChange={(index) => dispatch({ type: 'change', index })}
          onBack={() => dispatch({ type: 'back' })}
          onSend={send}
          headingRef={heading}
        />
      ) : (
        <IntroScreen
          invitation={invitation}
          t={t}
          resumed={resumed}
          onStart={() => dispatch({ type: 'start' })}
          headingRef={heading}
        />
      )}
      {draftFailed && !result && (
        <Text size="sm" mt="lg" role="status">
          {t.draftNotSaved}
        </Text>
      )}
    </PortalShell>
  );
}
