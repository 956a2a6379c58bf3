import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/problem.ts';
import { HOME_TEXT } from './i18n.ts';
import { emailError, entryError, JOURNAL_MAX_LENGTH, saveError } from './validation.ts';

const t = HOME_TEXT.en;

describe('emailError', () => {
  it('asks for an address, then for one that looks right', () => {
    expect(emailError('  ', t)).toBe(t.emailMissing);
    expect(emailError('ann', t)).toBe(t.emailInvalid);
    expect(emailError('ann@example', t)).toBe(t.emailInvalid);
    expect(emailError('ann @example.com', t)).toBe(t.emailInvalid);
    expect(emailError(' ann@example.com ', t)).toBeNull();
  });
});

describe('entryError', () => {
  it('refuses an empty or too long entry', () => {
    expect(entryError(' \n ', t)).toBe(t.entryEmpty);
    expect(entryError('x'.repeat(JOURNAL_MAX_LENGTH + 1), t)).toBe(t.entryTooLong);
    expect(entryError('Felt calm today.', t)).toBeNull();
  });
});

describe('saveError', () => {
  const refused = new ApiError({
    status: 400,
    title: 'Invalid',
    fieldErrors: [{ field: 'body', message: 'x' }],
  });
  it('explains a refused entry, an ended sign-in, or a failed request', () => {
    expect(saveError(refused, '', t)).toBe(t.entryEmpty);
    expect(saveError(refused, 'fine', t)).toBe(t.saveFailed);
    expect(saveError(new ApiError({ status: 401, title: 'x' }), 'fine', t)).toBe(t.sessionEnded);
    expect(saveError(new ApiError({ status: 0, title: 'x' }), 'fine', t)).toBe(t.saveFailed);
  });
});
