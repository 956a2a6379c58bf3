/** Staff password rules (NIST SP 800-63B: length over composition, no silent truncation). */
import { invalid } from '../errors.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function checkNewPassword(password: string, field = 'password', email?: string): string {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw invalid(field, `must be at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw invalid(field, `must be at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  if (email && password.toLowerCase().includes(email.toLowerCase().split('@')[0] ?? '\u0000')) {
    throw invalid(field, 'must not contain your email name');
  }
  return password;
}
