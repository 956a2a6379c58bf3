/** Publishing a program's outcome summary as a public page. */
export const benchmarks = {
  section: 'Publish these outcomes',
  intro:
    "Opt in to show this program's response, remission and durability on a public page and as JSON, beside the studies you choose. No client is named, and no number describes fewer clients than the minimum below.",
  notPublished: 'Not published',
  publishedOn: 'Published {{when}}',
  openPage: 'Public page',
  openJson: 'JSON',
  formLabel: 'Publishing settings',
  instrument: 'Questionnaire',
  minCell: 'Smallest group shown',
  minCellHelp: 'At least {{floor}} clients: smaller groups are withheld on the public page.',
  studies: 'Studies shown beside the results',
  studiesHelp: 'From the evidence library, with their verification status. At most 12.',
  publish: 'Publish',
  update: 'Update the public page',
  withdraw: 'Withdraw',
  withdrawAsk: 'Take the public page down?',
  withdrawYes: 'Yes, withdraw',
  keep: 'Keep it',
} as const;
