/**
 * The portal questionnaire as screens: the introduction, one screen per item, and the review. The
 * reducer moves between them, keeps the answers, and holds the one error shown (a required item left
 * unanswered, or an answer the server refused). Pure: the page feeds it actions.
 */

/** Answers keyed by item linkId; null = unanswered. */
export type Answers = Record<string, number | null>;

export interface FlowItem {
  linkId: string;
  required: boolean;
  options: readonly { value: number }[];
}

export type Screen = { kind: 'intro' } | { kind: 'item'; index: number } | { kind: 'review' };

export type FlowErrorKind = 'required' | 'invalid';

export interface FlowState {
  screen: Screen;
  answers: Answers;
  error: { linkId: string; kind: FlowErrorKind } | null;
  /** The item was opened with "Change" from the review: Next returns there. */
  fromReview: boolean;
}

export type FlowAction =
  | { type: 'start' }
  | { type: 'answer'; linkId: string; value: number | null }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'change'; index: number }
  /** Opens an item with an error, e.g. when sending finds it unanswered or the server refuses it. */
  | { type: 'problem'; linkId: string; kind: FlowErrorKind };

const isAnswered = (answers: Answers, linkId: string): boolean =>
  answers[linkId] !== null && answers[linkId] !== undefined;

/** Only answers to the instrument's items with one of the item's option values. */
export function cleanAnswers(items: readonly FlowItem[], answers: Answers | null | undefined): Answers {
  const out: Answers = {};
  if (!answers) return out;
  for (const item of items) {
    const value = answers[item.linkId];
    if (value === null || value === undefined) continue;
    if (item.options.some((o) => o.value === value)) out[item.linkId] = value;
  }
  return out;
}

/** The server's draft with this tab's answers over it (the tab's are newer: the server's are debounced). */
export const mergeAnswers = (
  items: readonly FlowItem[],
  server: Answers | null | undefined,
  local: Answers | null | undefined,
): Answers => ({ ...cleanAnswers(items, server), ...cleanAnswers(items, local) });

export const hasAnswers = (answers: Answers): boolean =>
  Object.values(answers).some((v) => v !== null && v !== undefined);

/** Index of the first required item without an answer, or -1. */
export const firstMissing = (items: readonly FlowItem[], answers: Answers): number =>
  items.findIndex((i) => i.required && !isAnswered(answers, i.linkId));

/** Where "Start" leads: the first unanswered required item, or the review when all are answered. */
export function resumeScreen(items: readonly FlowItem[], answers: Answers): Screen {
  if (items.length === 0) return { kind: 'review' };
  if (!hasAnswers(answers)) return { kind: 'item', index: 0 };
  const missing = firstMissing(items, answers);
  return missing === -1 ? { kind: 'review' } : { kind: 'item', index: missing };
}

export const initialFlow = (answers: Answers): FlowState => ({
  screen: { kind: 'intro' },
  answers,
  error: null,
  fromReview: false,
});

export function reduceFlow(state: FlowState, action: FlowAction, items: readonly FlowItem[]): FlowState {
  const { screen } = state;
  switch (action.type) {
    case 'start':
      return { ...state, screen: resumeScreen(items, state.answers), error: null, fromReview: false };
    case 'answer': {
      const answers = { ...state.answers, [action.linkId]: action.value };
      const error = state.error?.linkId === action.linkId && action.value !== null ? null : state.error;
      return { ...state, answers, error };
    }
    case 'next': {
      if (screen.kind === 'intro') return reduceFlow(state, { type: 'start' }, items);
      if (screen.kind !== 'item') return state;
      const item = items[screen.index];
      if (item?.required && !isAnswered(state.answers, item.linkId)) {
        return { ...state, error: { linkId: item.linkId, kind: 'required' } };
      }
      const last = screen.index >= items.length - 1;
      const next: Screen =
        state.fromReview || last ? { kind: 'review' } : { kind: 'item', index: screen.index + 1 };
      return { ...state, screen: next, error: null, fromReview: false };
    }
    case 'back': {
      const previous: Screen =
        screen.kind === 'review'
          ? items.length > 0
            ? { kind: 'item', index: items.length - 1 }
            : { kind: 'intro' }
          : screen.kind === 'item' && screen.index > 0
            ? { kind: 'item', index: screen.index - 1 }
            : { kind: 'intro' };
      return { ...state, screen: previous, error: null, fromReview: false };
    }
    case 'change':
      if (!items[action.index]) return state;
      return { ...state, screen: { kind: 'item', index: action.index }, error: null, fromReview: true };
    case 'problem': {
      const index = items.findIndex((i) => i.linkId === action.linkId);
      if (index === -1) return state;
      return {
        ...state,
        screen: { kind: 'item', index },
        error: { linkId: action.linkId, kind: action.kind },
        fromReview: true,
      };
    }
  }
}

/** Every item of the instrument, unanswered ones as null (the body the API takes). */
export const answersBody = (items: readonly FlowItem[], answers: Answers): Answers =>
  Object.fromEntries(items.map((i) => [i.linkId, answers[i.linkId] ?? null]));

/** A stable key per screen, e.g. to move focus when it changes. */
export const screenKey = (screen: Screen): string =>
  screen.kind === 'item' ? `item-${screen.index}` : screen.kind;
