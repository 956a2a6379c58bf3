export const doseCheck = {
  needsWeight:
    'Enter the body weight: the program plans {{planned}} mg/kg and the dose is checked against it.',
  above:
    "{{dose}} mg at {{weight}} kg is {{perKg}} mg/kg: {{multiple}}× the program's planned {{planned}} mg/kg ({{plannedMg}} mg). Check the dose; recording it needs a confirmation with a reason.",
  within: '{{perKg}} mg/kg; the program plans {{planned}} mg/kg ({{plannedMg}} mg).',
} as const;
