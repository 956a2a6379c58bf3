import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { doseWarning } from './dose-warning.ts';

describe('doseWarning', () => {
  it('asks for a confirmation at 360 mg for 72 kg against 0.5 mg/kg (finding 78)', () => {
    const w = doseWarning(360, 72, 0.5);
    expect(w.kind).toBe('confirm');
    if (w.kind === 'confirm')
      expect(w.message).toMatch(/5 mg\/kg: 10× the program's planned 0.5 mg\/kg \(36 mg\)/);
  });

  it('shows the comparison for a planned dose, asks for a weight, and is silent without a plan', () => {
    expect(doseWarning(36, 72, 0.5)).toEqual({
      kind: 'plain',
      message: '0.5 mg/kg; the program plans 0.5 mg/kg (36 mg).',
    });
    expect(doseWarning(36, null, 0.5).kind).toBe('needs-weight');
    expect(doseWarning(36, 72, null)).toEqual({ kind: 'none' });
    expect(doseWarning(null, 72, 0.5)).toEqual({ kind: 'none' });
  });

  it('writes the numbers in the screen’s locale: 0,5 mg/kg in Dutch', async () => {
    await i18n.changeLanguage('nl');
    try {
      expect(doseWarning(36, 72.5, 0.5)).toEqual({
        kind: 'plain',
        message: '0,497 mg/kg; het programma plant 0,5 mg/kg (36,3 mg).',
      });
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
