/**
 * Alert triggers by their code (src/domain/safety/alerts.ts ALERT_TRIGGER_CODES); src/web/alerts/
 * trigger.ts fills them, times in the organization's zone and numbers through Intl.
 */
export const alertTriggers = {
  'flag-item': '{{instrument}}: item {{item}} answered {{value}}',
  'flag-ptsd':
    '{{instrument}}: provisional DSM-5 PTSD criteria met: symptoms (items rated 2 or higher) per cluster: {{clusters}}.',
  'flag-wellbeing': '{{instrument}}: {{reasons}}',
  deterioration:
    '{{instrument}} {{baseline}} at baseline → {{now}} now (a change of {{change}} points; reliable change needs {{threshold}})',
  missed: '{{label}} ({{instrument}}) was not answered before its window closed.',
  'home-missed': 'The check-in due at {{time}} was not answered within its grace period.',
  'home-help': '{{who}} answered a check-in with "I need help".',
  'integration-flagged': "Facilitator's note: {{note}}",
  'integration-ceq': "CEQ total {{total}} is above the organization's threshold of {{threshold}}.",
  'integration-missed': 'The integration contact of {{time}} was missed: {{because}}.',
  'integration-unbookable':
    'No integration contact was booked after this dosing session: {{why}} Book it by hand.',
  imported: '{{trigger}}. Imported from past records: answered on {{date}}, not now.',
  parts: {
    ptsdCluster: '{{key}} {{count}} of {{of}} (needs {{needed}})',
    wellbeingRaw: 'raw score {{raw}} is below {{below}}',
    wellbeingItem: 'item {{item}} answered {{value}}',
    checkinOffset: '{{time}} (+{{offset}} min)',
    helpClient: 'The client',
    helpSupport: 'The support person',
    flaggedWithoutNote: 'Flagged by a facilitator, without a note.',
    undecidedNoTotal: 'The CEQ response has no total score, so the experience cannot be judged from it.',
    undecidedNoThreshold: 'The organization has set no CEQ threshold, so a CEQ total cannot be judged.',
    missedNotRecorded: 'no attendance was recorded',
    missedAbsent: 'the client was recorded as not attending',
    missedCancelled: 'the session was cancelled and not rebooked',
  },
} as const;
