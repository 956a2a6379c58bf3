import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { FACT_STATUS_DESCRIPTIONS, FACT_STATUS_LABELS } from './labels.ts';

describe('evidence status words', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('follow the language, read on every access rather than once when the page loads', async () => {
    expect(FACT_STATUS_DESCRIPTIONS.corrected).toBe('checked, and correcting an error in how it circulates');
    await i18n.changeLanguage('nl');
    expect(FACT_STATUS_DESCRIPTIONS.corrected).toBe(
      'gecontroleerd, en corrigeert een fout in hoe het circuleert',
    );
    expect(FACT_STATUS_DESCRIPTIONS.unverified).toBe('niet bevestigd: als zodanig getoond, nooit als feit');
    expect(FACT_STATUS_LABELS.corrected).toBe('Gecorrigeerd');
  });
});
