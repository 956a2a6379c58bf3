import { afterEach, describe, expect, it } from 'vitest';
import { alertTitle } from '../alerts/title.ts';
import { type ClearanceCode, clearanceReasons, hardStopNames } from '../enrollments/clearance-text.ts';
import { i18n } from '../i18n/i18n.ts';
import { fieldMessage } from './problem.ts';

afterEach(() => i18n.changeLanguage('en'));

describe('server text said in the viewer’s language', () => {
  it('says a coded field message in Dutch, and keeps the server’s words in English or without a code', async () => {
    const tooLong = {
      field: 'givenName',
      message: 'must be at most 100 characters long',
      code: 'maxLength',
      params: { limit: 100 },
    };
    expect(fieldMessage(tooLong)).toBe('Must be at most 100 characters long.');
    await i18n.changeLanguage('nl');
    expect(fieldMessage(tooLong)).toBe('Mag hoogstens 100 tekens lang zijn.');
    expect(fieldMessage({ field: 'x', message: 'is required', code: 'required' })).toBe('Is verplicht.');
    expect(
      fieldMessage({ field: 'x', message: 'must be an email', code: 'format', params: { format: 'email' } }),
    ).toBe('Moet een e-mailadres zijn (naam@voorbeeld.nl).');
    expect(fieldMessage({ field: 'x', message: 'is odd' })).toBe('Is odd.');
    expect(fieldMessage({ field: 'x', message: 'is odd', code: 'no-such-code' })).toBe('Is odd.');
  });

  it('names a screening hard stop by its Dutch checklist words', async () => {
    await i18n.changeLanguage('nl');
    const clearance = {
      reasons: [
        'Hard stop: Pregnant, or could be pregnant.',
        'The client has not consented (the current consent document is version 2).',
      ],
      codes: <ClearanceCode[]>[
        { code: 'screening-hard-stop', params: { item: 'pregnancy', version: 'psilocybin-1' } },
        { code: 'not-consented', params: { version: 2 } },
      ],
    };
    expect(clearanceReasons(clearance)).toEqual([
      'Harde stop: Zwanger, of mogelijk zwanger.',
      'De cliënt heeft geen toestemming gegeven (het huidige toestemmingsdocument is versie 2).',
    ]);
    expect(hardStopNames(clearance.codes, clearance.reasons)).toEqual(['Zwanger, of mogelijk zwanger']);
    // Without codes (an older server), the English sentences are shown as they are.
    expect(clearanceReasons({ reasons: ['Something new.'] })).toEqual(['Something new.']);
  });

  it('says an alert title by its code', async () => {
    await i18n.changeLanguage('nl');
    expect(
      alertTitle({
        title: 'Risk answer on PHQ-9 (imported, answered 2023-05-01)',
        titleCode: { code: 'risk-answer', params: { instrument: 'PHQ-9', importedOn: '2023-05-01' } },
      }),
    ).toMatch(/^Risicoantwoord op de PHQ-9 \(geïmporteerd, beantwoord .*2023\)$/);
    expect(alertTitle({ title: 'Custom', titleCode: null })).toBe('Custom');
  });
});
