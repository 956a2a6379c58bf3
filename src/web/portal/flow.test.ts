import { describe, expect, it } from 'vitest';
import {
  type Answers,
  answersBody,
  cleanAnswers,
  type FlowAction,
  type FlowItem,
  type FlowState,
  firstMissing,
  initialFlow,
  mergeAnswers,
  reduceFlow,
  resumeScreen,
  screenKey,
} from './flow.ts';

const options = [{ value: 0 }, { value: 1 }, { value: 2 }, { value: 3 }];
const ITEMS: FlowItem[] = [
  { linkId: 'q1', required: true, options },
  { linkId: 'q2', required: true, options },
  { linkId: 'q3', required: false, options },
];

const run = (state: FlowState, ...actions: FlowAction[]): FlowState =>
  actions.reduce((s, a) => reduceFlow(s, a, ITEMS), state);

const start = (answers: Answers = {}) => run(initialFlow(answers), { type: 'start' });

describe('answers', () => {
  it('keeps only known items with one of their option values', () => {
    expect(cleanAnswers(ITEMS, { q1: 2, q2: 9, q3: null, other: 1 })).toEqual({ q1: 2 });
    expect(cleanAnswers(ITEMS, null)).toEqual({});
  });

  it("lays this tab's answers over the server draft", () => {
    expect(mergeAnswers(ITEMS, { q1: 1, q2: 1 }, { q2: 3 })).toEqual({ q1: 1, q2: 3 });
    expect(mergeAnswers(ITEMS, null, null)).toEqual({});
  });

  it('sends every item, unanswered as null', () => {
    expect(answersBody(ITEMS, { q1: 1 })).toEqual({ q1: 1, q2: null, q3: null });
  });

  it('finds the first required item without an answer', () => {
    expect(firstMissing(ITEMS, { q1: 1 })).toBe(1);
    expect(firstMissing(ITEMS, { q1: 1, q2: 0 })).toBe(-1);
    expect(firstMissing(ITEMS, { q1: null })).toBe(0);
  });
});

describe('where to resume', () => {
  it('starts at the first item, or continues at the first unanswered required one, or reviews', () => {
    expect(resumeScreen(ITEMS, {})).toEqual({ kind: 'item', index: 0 });
    expect(resumeScreen(ITEMS, { q1: 2 })).toEqual({ kind: 'item', index: 1 });
    expect(resumeScreen(ITEMS, { q1: 2, q2: 0 })).toEqual({ kind: 'review' });
    expect(resumeScreen([], {})).toEqual({ kind: 'review' });
  });
});

describe('reduceFlow', () => {
  it('opens on the introduction and Start goes to the first question', () => {
    expect(initialFlow({}).screen).toEqual({ kind: 'intro' });
    expect(start().screen).toEqual({ kind: 'item', index: 0 });
  });

  it('does not leave a required question unanswered', () => {
    const s = run(start(), { type: 'next' });
    expect(s.screen).toEqual({ kind: 'item', index: 0 });
    expect(s.error).toEqual({ linkId: 'q1', kind: 'required' });
  });

  it('clears the error once the question is answered, and moves on', () => {
    const s = run(start(), { type: 'next' }, { type: 'answer', linkId: 'q1', value: 2 });
    expect(s.error).toBeNull();
    expect(s.answers).toEqual({ q1: 2 });
    expect(run(s, { type: 'next' }).screen).toEqual({ kind: 'item', index: 1 });
  });

  it('lets an optional question be skipped, and the last one leads to the review', () => {
    const s = run(
      start({ q1: 1, q2: 1 }),
      { type: 'change', index: 2 },
      { type: 'back' },
      { type: 'next' },
      { type: 'next' },
    );
    expect(s.screen).toEqual({ kind: 'review' });
    expect(s.error).toBeNull();
  });

  it('goes back question by question to the introduction', () => {
    let s = run(start({ q1: 1, q2: 1 }));
    expect(s.screen).toEqual({ kind: 'review' });
    s = run(s, { type: 'back' });
    expect(s.screen).toEqual({ kind: 'item', index: 2 });
    s = run(s, { type: 'back' }, { type: 'back' });
    expect(s.screen).toEqual({ kind: 'item', index: 0 });
    s = run(s, { type: 'back' });
    expect(s.screen).toEqual({ kind: 'intro' });
  });

  it('returns to the review after changing an answer from it', () => {
    const s = run(start({ q1: 1, q2: 1 }), { type: 'change', index: 0 });
    expect(s.screen).toEqual({ kind: 'item', index: 0 });
    expect(s.fromReview).toBe(true);
    const after = run(s, { type: 'answer', linkId: 'q1', value: 3 }, { type: 'next' });
    expect(after.screen).toEqual({ kind: 'review' });
    expect(after.fromReview).toBe(false);
    expect(after.answers.q1).toBe(3);
  });

  it('still requires the answer when a changed one is cleared', () => {
    const s = run(
      start({ q1: 1, q2: 1 }),
      { type: 'change', index: 1 },
      { type: 'answer', linkId: 'q2', value: null },
      { type: 'next' },
    );
    expect(s.screen).toEqual({ kind: 'item', index: 1 });
    expect(s.error).toEqual({ linkId: 'q2', kind: 'required' });
  });

  it('opens the item a problem names, with its error, and returns to the review from it', () => {
    const s = run(start({ q1: 1, q2: 1 }), { type: 'problem', linkId: 'q2', kind: 'invalid' });
    expect(s.screen).toEqual({ kind: 'item', index: 1 });
    expect(s.error).toEqual({ linkId: 'q2', kind: 'invalid' });
    expect(run(s, { type: 'answer', linkId: 'q2', value: 0 }, { type: 'next' }).screen).toEqual({
      kind: 'review',
    });
  });

  it('ignores actions naming nothing', () => {
    const s = start();
    expect(run(s, { type: 'change', index: 7 })).toBe(s);
    expect(run(s, { type: 'problem', linkId: 'nope', kind: 'required' })).toBe(s);
  });

  it('keys each screen', () => {
    expect(screenKey({ kind: 'item', index: 2 })).toBe('item-2');
    expect(screenKey({ kind: 'review' })).toBe('review');
  });
});
