/** Organization settings. */
export const organization = {
  title: 'Organization settings',
  loading: 'Loading organization',
  settings: 'Settings',
  crisisLines: 'Crisis lines',
  loadingCrisisLines: 'Loading crisis lines',
  about: 'About',
  slug: 'Short name (slug)',
  created: 'Created',
  locale: {
    heading: 'Language, dates and time zone',
    intro:
      'Staff see the app in this language unless they choose another; every date and time is written this way, in this time zone. Emails name the time zone.',
    locale: 'Language and date format',
    localeOptions: {
      'nl-NL': 'Nederlands (Nederland): 05-12-2026 14:30',
      'en-GB': 'English (United Kingdom): 05/12/2026, 14:30',
      'en-US': 'English (United States): 12/05/2026, 2:30 PM',
    },
    timezone: 'Time zone',
    timezoneHint: 'Where the sessions take place. Type to search, e.g. Amsterdam.',
    timezoneInvalid: 'Choose a time zone from the list.',
    example: 'The time now, written this way: {{example}}',
    save: 'Save language and time zone',
    saved: 'Language and time zone saved.',
    notSaved: 'Language and time zone not saved',
  },
} as const;
