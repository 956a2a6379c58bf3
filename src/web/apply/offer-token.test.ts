import { describe, expect, it } from 'vitest';
import { offerToken } from './offer-token.ts';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe("the offer link's token", () => {
  it('comes from the path, else the fragment', () => {
    expect(offerToken('abc', '', memory())).toBe('abc');
    expect(offerToken(undefined, '#de%2Bf', memory())).toBe('de+f');
  });

  it('is found again when the payment provider sends the applicant back without it', () => {
    const store = memory();
    offerToken(undefined, '#tok123', store);
    expect(offerToken(undefined, '', store)).toBe('tok123');
  });

  it('is empty with no link and nothing kept', () => {
    expect(offerToken(undefined, '', memory())).toBe('');
    expect(offerToken(undefined, '', null)).toBe('');
  });
});
