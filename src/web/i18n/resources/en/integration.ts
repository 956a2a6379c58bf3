/** The integration window: the client page's contacts, the dosing page's flag and Today's slot. */
export const integration = {
  section: {
    title: 'Integration after dosing',
    intro:
      'After each dosing session the first integration contact is booked within the program’s window (by default 24–72 hours after the session ends). A difficult session or a CEQ total above the organization’s threshold pulls it forward.',
    loading: 'Loading integration contacts',
    none: 'No integration contact booked yet: one is booked once a dosing session has ended.',
    after: 'After {{session}}, ended {{ended}}',
    slot: 'Contact: {{slot}}',
    window: 'Window: {{from}} – {{to}}',
    pulled: 'Pulled forward',
    why: 'Why: {{reasons}}',
    flagNote: 'Facilitator’s note: {{note}}',
    open: 'Open the session',
  },
  status: {
    upcoming: 'Upcoming',
    attended: 'Attended',
    'awaiting-record': 'Attendance not yet recorded',
    missed: 'Missed',
  },
  reason: {
    flag: 'the facilitator flagged the session as difficult',
    ceq: 'the CEQ total is above the organization’s threshold',
    undecided:
      'a CEQ response could not be judged (no threshold or no total), so it was treated as needing a look',
  },
  flag: {
    title: 'Difficult session',
    intro:
      'Flag this session when the experience was difficult. The clinicians get an alert and the first integration contact is pulled forward.',
    flagged: 'Flagged as difficult',
    notFlagged: 'Not flagged',
    note: 'What happened',
    noteHint: 'Required: what made the session difficult.',
    flag: 'Flag as difficult',
    unflag: 'Remove the flag',
    saved: 'Saved. The integration contact is now {{slot}}.',
    savedNoContact: 'Saved. The integration contact is booked once the session has ended.',
    failed: 'The flag could not be saved',
  },
  threshold: {
    heading: 'Challenging experience (CEQ)',
    intro:
      'A Challenging Experience Questionnaire (CEQ) total above this threshold raises an alert and pulls the first integration contact forward. Choose it for your clinic; Threshold sets no default.',
    label: 'CEQ threshold (total score)',
    hint: 'The CEQ total is the mean of its 26 items, from 0 to 5. Empty: not set. A CEQ total then cannot be judged: the contact is pulled forward and the alert says why.',
    save: 'Save threshold',
    saved: 'Saved.',
  },
  today: {
    window: 'Integration window {{from}} – {{to}}',
    pulled: 'Pulled forward: {{reasons}}',
  },
} as const;
