/** A role's start page (home/) and the shell's leftovers (app/: client search, permission gate). */
export const home = {
  due: {
    title: 'Questionnaires due',
    loading: 'Loading questionnaires',
    none: 'No questionnaire is waiting for an answer.',
    emailed: 'emailed {{count}}×',
    notEmailed: 'not emailed yet',
    closes: 'closes {{when}}',
    more: '{{count}} more.',
  },
  intake: {
    title: 'Intake queue',
    loading: 'Loading the intake queue',
    none: 'No client is waiting on intake.',
    next: 'next: {{next}}',
    steps: {
      referred: 'start screening',
      screening: 'checklist or clinician decision',
      eligible: 'record consent',
    },
  },
  alerts: {
    title: 'Open alerts',
    all: 'All alerts',
    loading: 'Loading alerts',
    none: 'No open alerts.',
  },
  outcomes: {
    title: 'Outcomes',
    all: 'All outcomes',
    loading: 'Loading programs',
    none: 'No active programs yet.',
  },
  search: {
    label: 'Search clients by name, email, phone or identifier',
    short: 'Search clients',
    placeholder: 'Search clients (Ctrl+K)',
    found: 'Clients found',
    failed: 'The search failed. Try again.',
    none: 'No client matches “{{q}}”.',
    more: '{{count}} more: refine the search, or use the client list.',
  },
  permission: {
    title: 'Not available',
    role: 'Your role in {{organization}} ({{role}}) does not include this page.',
    noOrganization: 'You need to belong to an organization to use this page.',
    ask: 'Ask an owner of the organization if you need access.',
  },
} as const;
