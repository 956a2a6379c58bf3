/** Staff sign-in. */
export const auth = {
  documentTitle: 'Sign in · Threshold',
  title: 'Sign in to Threshold',
  tagline: 'Client records for your clinic or retreat centre.',
  failed: 'Could not sign in',
  email: 'Email',
  password: 'Password',
  missingCredentials: 'Enter your email and password.',
  missingCode: 'Enter the 6-digit code from your authenticator app.',
  codeRejected: 'That code was not accepted. Try the current code.',
  twoFactorOn: 'Two-factor sign-in is on for {{email}}. Enter the 6-digit code from your authenticator app.',
  code: 'Authentication code',
  submit: 'Sign in',
  otherAccount: 'Use a different account',
} as const;
