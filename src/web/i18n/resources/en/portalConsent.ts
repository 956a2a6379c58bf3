/**
 * E-consent in the client portal (/portal/consent/:enrollmentId): reading the consent document and
 * signing it with a typed name and an explicit tick. The document's own text comes from the server
 * exactly as the organization wrote it and is never translated here.
 */
export const portalConsent = {
  dueHeading: 'Consent to sign',
  dueIntro: 'Please read and sign before your next session.',
  dueLink: 'Read and sign: {{title}}',
  dueMeta: '{{program}} · version {{version}}',
  loading: 'Loading the consent document',
  notFoundTitle: 'This consent document is not here',
  notFoundBody: 'It may have been withdrawn or replaced. Go back to your page to see what needs signing.',
  backHome: 'Back to your page',
  documentMeta: 'Version {{version}}, published {{date}}',
  documentLabel: 'The consent document',
  fingerprint: 'Fingerprint of this text (SHA-256): {{hash}}',
  signHeading: 'Sign',
  signIntro: 'By typing your full name and ticking the box you sign this version of the document.',
  nameLabel: 'Your full name',
  nameHint: 'First and last name, as your clinic has them.',
  nameMissing: 'Type your full name.',
  nameWrong: 'Type your full name as your clinic has it (first and last name).',
  agreeLabel: 'I have read this document and I agree to it.',
  agreeMissing: 'Tick the box to show that you agree.',
  sign: 'Sign version {{version}}',
  changedTitle: 'The document has changed',
  changedBody:
    'A new version was published while you were reading. Please read the new version before you sign.',
  signFailed: 'Your signature was not saved. Please try again.',
  signedHeading: 'Thank you, you have signed',
  signedBody: 'You signed “{{title}}”, version {{version}}, on {{date}}.',
  signedCopy: 'Your clinic keeps a copy of exactly this text with your signature.',
} as const;
