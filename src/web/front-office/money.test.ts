import { describe, expect, it } from 'vitest';
import { eurosInput, parseEuros } from './money.ts';

describe('euros to cents', () => {
  it('reads amounts as Dutch and English staff type them', () => {
    expect(parseEuros('1800')).toBe(180_000);
    expect(parseEuros('1800,5')).toBe(180_050);
    expect(parseEuros('1800.05')).toBe(180_005);
    expect(parseEuros('€ 1.800,50')).toBe(180_050);
    expect(parseEuros('1,800.50')).toBe(180_050);
    expect(parseEuros('0')).toBe(0);
  });

  it('refuses what is not an amount in cents', () => {
    for (const bad of ['', 'abc', '-5', '1800,505', '1.80.0', '1e3']) {
      expect(parseEuros(bad), bad).toBeNull();
    }
  });

  it('writes cents back for the input', () => {
    expect(eurosInput(180_000, ',')).toBe('1800');
    expect(eurosInput(180_050, ',')).toBe('1800,50');
    expect(eurosInput(5, '.')).toBe('0.05');
  });
});
