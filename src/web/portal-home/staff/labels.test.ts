import { describe, expect, it } from 'vitest';
import { INVITATION_STATUSES } from '../../../api/invitations.ts';
import { ApiError } from '../../http/problem.ts';
import {
  INVITATION_STATUS_LABELS,
  instrumentLabel,
  invitationStatusLabel,
  portalLinkError,
} from './labels.ts';

describe('invitation status labels', () => {
  it('has words for every status', () => {
    expect(Object.keys(INVITATION_STATUS_LABELS).sort()).toEqual([...INVITATION_STATUSES].sort());
    expect(invitationStatusLabel('pending')).toBe('Not sent yet');
    expect(invitationStatusLabel('sent')).toBe('Sent');
    expect(invitationStatusLabel('completed')).toBe('Answered');
    expect(invitationStatusLabel('expired')).toBe('Closed unanswered');
    expect(invitationStatusLabel('revoked')).toBe('Withdrawn');
  });

  it('shows an unknown status as it is', () => {
    expect(invitationStatusLabel('archived')).toBe('archived');
  });
});

describe('instrumentLabel', () => {
  it('prefers the short name and falls back to the id in capitals', () => {
    expect(instrumentLabel('phq-9', 'PHQ-9')).toBe('PHQ-9');
    expect(instrumentLabel('gad-7', undefined)).toBe('GAD-7');
  });
});

describe('portalLinkError', () => {
  it('asks for an email address when the server names the field', () => {
    const missing = new ApiError({
      status: 400,
      title: 'Invalid',
      fieldErrors: [{ field: 'email', message: 'The client has no email address' }],
    });
    expect(portalLinkError(missing)).toMatch(/^Add an email address first/);
  });

  it('passes other problems on in their own words', () => {
    expect(
      portalLinkError(new ApiError({ status: 409, title: 'Conflict', detail: 'Archived client.' })),
    ).toBe('Archived client.');
  });
});
