/** Calendar feeds: a private address a calendar app subscribes to. */
export const calendarFeeds = {
  title: 'Calendar feed',
  intro:
    'A private address that a calendar app (Google Calendar, Apple Calendar, Outlook) subscribes to, so {{whose}} appear there and stay up to date.',
  copyNow: 'Copy this address now',
  onlyOnce:
    'It is shown only once. Anyone who has this address sees the schedule: session names, times and places. {{advice}}; if it leaks, revoke it and create a new one.',
  address: 'Feed address',
  copied: 'Copied',
  copy: 'Copy address',
  done: 'Done, hide it',
  none: 'No feed yet.',
  created: 'Feed created',
  revokeLabel: 'Revoke the feed created {{when}}',
  revoke: 'Revoke',
  notCreated: 'Could not create the feed',
  another: 'Create another feed',
  create: 'Create calendar feed',
  revokeTitle: 'Revoke this calendar feed?',
  revokeConfirm: 'Revoke feed',
  revokeBody:
    'Calendar apps subscribed to this address stop receiving updates. This cannot be undone; you can create a new feed afterwards.',
} as const;
