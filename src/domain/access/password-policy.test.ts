import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './password-policy.ts';

describe('password policy', () => {
  it('requires at least 12 characters', () => {
    expect(() => checkNewPassword('short-pass1')).toThrow(/at least 12/);
    expect(checkNewPassword('a long enough passphrase')).toBe('a long enough passphrase');
  });
  it('refuses a password containing the email name', () => {
    expect(() => checkNewPassword('my-name-is-olivia!', 'password', 'olivia@clinic.example')).toThrow(
      /email/,
    );
  });
});
