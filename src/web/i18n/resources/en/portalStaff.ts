export const portalStaff = {
  statuses: {
    pending: 'Not sent yet',
    sent: 'Sent',
    completed: 'Answered',
    expired: 'Closed unanswered',
    revoked: 'Withdrawn',
  },
  noEmail: 'Add an email address first: the client has none on record.',
  invitations: {
    loading: 'Loading questionnaire invitations',
    none: 'No questionnaire invitations yet.',
    label: 'Questionnaire invitations',
    questionnaire: 'Questionnaire',
    instrument: 'Instrument',
    due: 'Due',
    closes: 'Closes',
    status: 'Status',
    sends: 'Emails sent',
  },
  link: {
    intro:
      'The client gets an email with a link to their own page: questionnaires, upcoming sessions, scores and their journal. The link works once, for 30 minutes.',
    noAddress: 'The client has no email address on record, so no sign-in link can be sent.',
    send: 'Email a sign-in link',
    sent: 'Sign-in link sent to {{to}}',
    failed: 'No sign-in link was sent',
  },
  journal: {
    loading: 'Loading shared journal entries',
    none: 'The client has shared no journal entries.',
    written: 'Written {{when}}',
    edited: ', edited {{when}}',
    shared: ', shared {{when}}',
  },
  twoFactor: {
    title: 'Set up two-factor sign-in',
    body: '{{organization}} requires two-factor sign-in for every member. Set it up to continue. You can also switch to another organization, or sign out from the menu under your name.',
    yourOrganization: 'Your organization',
  },
} as const;
