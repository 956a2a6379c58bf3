import type { auth as en } from '../en/auth.ts';
import type { Messages } from '../messages.ts';

export const auth = {
  documentTitle: 'Inloggen · Threshold',
  title: 'Inloggen bij Threshold',
  tagline: 'Cliëntdossiers voor uw kliniek of retreatcentrum.',
  failed: 'Inloggen is mislukt',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  missingCredentials: 'Vul uw e-mailadres en wachtwoord in.',
  missingCode: 'Vul de 6-cijferige code uit uw authenticator-app in.',
  codeRejected: 'Die code is niet geaccepteerd. Probeer de huidige code.',
  twoFactorOn:
    'Tweestapsverificatie staat aan voor {{email}}. Vul de 6-cijferige code uit uw authenticator-app in.',
  code: 'Verificatiecode',
  submit: 'Inloggen',
  otherAccount: 'Een ander account gebruiken',
} satisfies Messages<typeof en>;
