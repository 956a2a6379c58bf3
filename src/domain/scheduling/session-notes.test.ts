import { describe, expect, it } from 'vitest';
import { noteReachesAttendee, noteRecipients } from './session-notes.ts';

describe('session notes reach', () => {
  it('every personal session note is the client’s own', () => {
    expect(noteReachesAttendee('personal', null)).toBe(true);
    expect(noteReachesAttendee('personal', 'absent')).toBe(true);
  });

  it('a group note reaches only those who attended', () => {
    expect(noteReachesAttendee('group', 'attended')).toBe(true);
    expect(noteReachesAttendee('group', 'absent')).toBe(false);
    expect(noteReachesAttendee('group', 'excused')).toBe(false);
    expect(noteReachesAttendee('group', null)).toBe(false);
  });

  it('splits a group’s attendees into those reached and not', () => {
    const a = { name: 'A', attendance: 'attended' as const };
    const b = { name: 'B', attendance: 'absent' as const };
    const c = { name: 'C', attendance: null };
    expect(noteRecipients('group', [a, b, c])).toEqual({ reaches: [a], not: [b, c] });
  });
});
