/**
 * Whose record a session note lands in. A personal session's note is the client's own. A group
 * session has one shared note, and it reaches only the clients who were there: attendance recorded
 * as attended. An absent or excused client, or one whose attendance is not recorded yet, does not
 * get it (it describes a session they were not in).
 */
export type SessionKind = 'personal' | 'group';
export type Attendance = 'attended' | 'absent' | 'excused';

export function noteReachesAttendee(kind: SessionKind, attendance: Attendance | null): boolean {
  if (kind === 'personal') return true;
  return attendance === 'attended';
}

/** The attendees a group note reaches and those it does not, in the given order. */
export function noteRecipients<T extends { attendance: Attendance | null }>(
  kind: SessionKind,
  attendees: readonly T[],
): { reaches: T[]; not: T[] } {
  const reaches = attendees.filter((a) => noteReachesAttendee(kind, a.attendance));
  return { reaches, not: attendees.filter((a) => !reaches.includes(a)) };
}
