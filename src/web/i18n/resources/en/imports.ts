import { IMPORT_ISSUE_TEXTS } from '../../../../domain/imports/issue-codes.ts';

export const imports = {
  clients: {
    title: 'Import clients',
    intro:
      'Bring your existing client list in from a spreadsheet saved as CSV (comma or semicolon separated). Fill in the template: one row per client; the header row names the columns.',
    template: 'Download the client template (CSV)',
    fileLabel: 'Client file (CSV)',
    ready_one: '{{count}} client is ready to import.',
    ready_other: '{{count}} clients are ready to import.',
    confirm_one: 'Import {{count}} client',
    confirm_other: 'Import {{count}} clients',
    done_one: '{{count}} client was created.',
    done_other: '{{count}} clients were created.',
    back: 'Back to clients',
  },
  responses: {
    title: 'Import past questionnaires',
    intro:
      'Bring in questionnaires clients completed before you used Threshold: one row per questionnaire, naming the client (email or Threshold client id), the instrument, when it was completed, and one column per item.',
    template: 'Download the questionnaire template (CSV)',
    fileLabel: 'Questionnaire file (CSV)',
    ready_one: '{{count}} questionnaire is ready to import.',
    ready_other: '{{count}} questionnaires are ready to import.',
    confirm_one: 'Import {{count}} questionnaire',
    confirm_other: 'Import {{count}} questionnaires',
    done_one: '{{count}} questionnaire was stored and scored.',
    done_other: '{{count}} questionnaires were stored and scored.',
    back: 'Back to clients',
  },
  check: 'Check the file',
  removeFile: 'Remove the file',
  nothingStored: 'Nothing has been stored yet.',
  problems_one:
    '{{count}} problem to fix. Correct the file and check it again: nothing is imported while any row has a problem.',
  problems_other:
    '{{count}} problems to fix. Correct the file and check it again: nothing is imported while any row has a problem.',
  rows_one: '{{count}} row read.',
  rows_other: '{{count}} rows read.',
  duplicates_one: '{{count}} row is the same person as an existing client or an earlier row.',
  duplicates_other: '{{count}} rows are the same person as an existing client or an earlier row.',
  skipDuplicates: 'Leave the duplicates out and import the other rows',
  alertsTitle: 'These questionnaires will raise safety alerts',
  alerts_one:
    '{{count}} alert will be raised and the clinicians emailed, exactly as for a questionnaire completed today. Each alert says that it was imported and on which day the answer was given; review them in the alert queue.',
  alerts_other:
    '{{count}} alerts will be raised and the clinicians emailed, exactly as for a questionnaire completed today. Each alert says that it was imported and on which day the answer was given; review them in the alert queue.',
  issues: {
    label: 'Problems in the file',
    line: 'Line',
    column: 'Column',
    reason: 'Problem',
    wholeRow: '(whole row)',
  },
  /** A row's problem by its code (src/domain/imports/issue-codes.ts, where the English lives once). */
  issueCodes: IMPORT_ISSUE_TEXTS,
  preview: {
    clients: 'Clients in the file',
    duplicates: 'Duplicates',
    responses: 'Questionnaires in the file',
    line: 'Line',
    name: 'Name',
    born: 'Date of birth',
    matches: 'Why it is a duplicate',
    instrument: 'Questionnaire',
    completed: 'Completed',
    total: 'Total',
    alerts: 'Alerts',
    none: 'None',
  },
} as const;
