import type { account as en } from '../en/account.ts';
import type { Messages } from '../messages.ts';

export const account = {
  title: 'Account',
  details: 'Uw gegevens',
  name: 'Naam',
  email: 'E-mailadres',
  changePassword: 'Wachtwoord wijzigen',
  twoFactor: 'Tweestapsverificatie',
  on: 'Aan',
  off: 'Uit',
  onBody:
    'Bij het inloggen wordt om een code uit uw authenticator-app gevraagd. Om dit uit te zetten, bevestigt u met uw wachtwoord en een geldige code.',
  requiredBy:
    'Verplicht gesteld door: {{names}}. Zolang een organisatie het verplicht stelt, kan het niet uit.',
  offBody:
    'Beveilig uw account met een code uit een authenticator-app op uw telefoon, die bij elke keer inloggen wordt gevraagd.',
  feedWhose: 'de sessies die u begeleidt',
  feedAdvice: 'Houd hem voor uzelf',
  password: {
    enterCurrent: 'Vul uw huidige wachtwoord in.',
    minLength: 'Gebruik ten minste {{min}} tekens.',
    differ: 'De twee nieuwe wachtwoorden verschillen.',
    changed: 'Uw wachtwoord is gewijzigd.',
    notChanged: 'Wachtwoord niet gewijzigd',
    current: 'Huidig wachtwoord',
    new: 'Nieuw wachtwoord',
    newHint: 'Ten minste {{min}} tekens. Een paar losse woorden vormen een sterk wachtwoord.',
    confirm: 'Wachtwoord bevestigen',
    submit: 'Wachtwoord wijzigen',
  },
  totp: {
    stillOn: 'Tweestapsverificatie staat nog aan',
    enterBoth: 'Vul uw wachtwoord en de 6-cijferige code in.',
    isOff: 'Tweestapsverificatie staat uit.',
    required: 'Tweestapsverificatie is verplicht',
    password: 'Wachtwoord',
    code: 'Verificatiecode',
    turnOff: 'Tweestapsverificatie uitzetten',
    setUp: 'Tweestapsverificatie instellen',
    enterCode: 'Vul de 6-cijferige code uit uw authenticator-app in.',
    isOn: 'Tweestapsverificatie staat aan.',
    step1: 'Open een authenticator-app (bijvoorbeeld 1Password, Google Authenticator of Aegis).',
    step2: 'Scan deze QR-code of voer de sleutel hieronder met de hand in.',
    step3: 'Typ de 6-cijferige code die de app toont.',
    qrAlt: 'QR-code om Threshold aan uw authenticator-app toe te voegen',
    key: 'Sleutel om met de hand in te voeren',
    turnOn: 'Tweestapsverificatie aanzetten',
    startOver: 'Opnieuw beginnen met een nieuwe sleutel',
  },
} satisfies Messages<typeof en>;
