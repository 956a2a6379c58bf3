import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { AssessmentDue } from '../programs/types.ts';
import {
  assertAnswerable,
  effectiveState,
  invitationKey,
  invitationsToCreate,
  keysFilledBy,
  nextReminderAt,
  sendableNow,
} from './invitations.ts';

const due = (over: Partial<AssessmentDue>): AssessmentDue => ({
  planKey: 'phq-baseline',
  instrumentId: 'phq-9',
  label: 'Baseline',
  occurrence: 1,
  dueAt: '2026-12-01T09:00:00.000Z',
  windowOpensAt: '2026-11-20T09:00:00.000Z',
  windowClosesAt: '2026-12-02T09:00:00.000Z',
  answersFrom: '2026-11-20T09:00:00.000Z',
  status: 'open',
  responseId: null,
  ...over,
});

describe('sendableNow', () => {
  const now = '2026-11-10T09:00:00.000Z';
  it('sends an open timepoint, and a baseline before its window once it counts answers', () => {
    expect(sendableNow(due({}), now)).toBe(true);
    const baseline = due({ status: 'upcoming', answersFrom: '2026-11-01T09:00:00.000Z' });
    expect(sendableNow(baseline, now)).toBe(true);
  });

  it('refuses one not counting answers yet, answered, missed or undated', () => {
    expect(sendableNow(due({ status: 'upcoming' }), now)).toBe(false);
    expect(sendableNow(due({ status: 'done', responseId: 'r1' }), now)).toBe(false);
    expect(sendableNow(due({ status: 'missed' }), now)).toBe(false);
    const undated = { dueAt: null, windowOpensAt: null, windowClosesAt: null, answersFrom: null };
    expect(sendableNow(due({ ...undated, status: 'unscheduled' }), now)).toBe(false);
  });
});

describe('invitationsToCreate', () => {
  it('invites only open, unanswered timepoints without an invitation, keyed by plan and occurrence', () => {
    const list = [
      due({}),
      due({ planKey: 'later', status: 'upcoming' }),
      due({ planKey: 'done', status: 'done', responseId: 'r1' }),
      due({ planKey: 'missed', status: 'missed' }),
      due({ planKey: 'unscheduled', status: 'unscheduled', dueAt: null, windowClosesAt: null }),
      due({ planKey: 'each', occurrence: 2 }),
      due({ planKey: 'each', occurrence: 3 }),
    ];
    const made = invitationsToCreate(list, new Set(['each#3']));
    expect(made.map((m) => m.key)).toEqual(['phq-baseline#1', 'each#2']);
    expect(made[0]).toEqual({
      key: 'phq-baseline#1',
      instrumentId: 'phq-9',
      label: 'Baseline',
      dueAt: '2026-12-01T09:00:00.000Z',
      closesAt: '2026-12-02T09:00:00.000Z',
    });
    expect(invitationKey({ planKey: 'x', occurrence: 4 })).toBe('x#4');
  });
});

describe('nextReminderAt', () => {
  it('is N days after the last send while the window is open', () => {
    expect(nextReminderAt('2026-11-20T09:00:00.000Z', 3, '2026-12-02T09:00:00.000Z')).toBe(
      '2026-11-23T09:00:00.000Z',
    );
  });
  it('is never when the next one would fall at or after the close, or reminders are off', () => {
    expect(nextReminderAt('2026-11-29T09:00:00.000Z', 3, '2026-12-02T09:00:00.000Z')).toBeNull();
    expect(nextReminderAt('2026-11-28T09:00:00.000Z', 3, '2026-12-02T09:00:00.000Z')).toBe(
      '2026-12-01T09:00:00.000Z',
    );
    expect(nextReminderAt('2026-11-20T09:00:00.000Z', 0, '2026-12-02T09:00:00.000Z')).toBeNull();
  });
});

describe('answerability', () => {
  const closesAt = '2026-12-02T09:00:00.000Z';
  it('treats an open invitation past its window as expired', () => {
    expect(effectiveState({ status: 'sent', closesAt }, '2026-12-02T09:00:01.000Z')).toBe('expired');
    expect(effectiveState({ status: 'sent', closesAt }, '2026-12-02T09:00:00.000Z')).toBe('sent');
    expect(effectiveState({ status: 'completed', closesAt }, '2027-01-01T00:00:00.000Z')).toBe('completed');
  });
  it('refuses completed, expired and revoked links with a reason, and lets an open one through', () => {
    const reason = (status: string, now = '2026-11-25T00:00:00.000Z') => {
      try {
        assertAnswerable({ status, closesAt }, now);
        return 'answerable';
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).kind).toBe('gone');
        return (e as DomainError).extra.reason;
      }
    };
    expect(reason('sent')).toBe('answerable');
    expect(reason('pending')).toBe('answerable');
    expect(reason('completed')).toBe('invitation-completed');
    expect(reason('revoked')).toBe('invitation-revoked');
    expect(reason('sent', '2026-12-03T00:00:00.000Z')).toBe('invitation-expired');
  });
});

describe('keysFilledBy', () => {
  it('names the timepoints (plan and occurrence) the response fills, and no other', () => {
    const list = [
      due({ status: 'done', responseId: 'r1' }),
      due({ planKey: 'each', occurrence: 2, status: 'done', responseId: 'r2' }),
      due({ planKey: 'each', occurrence: 3 }),
    ];
    expect(keysFilledBy(list, 'r2')).toEqual(['each#2']);
    expect(keysFilledBy(list, 'r9')).toEqual([]);
  });
});
