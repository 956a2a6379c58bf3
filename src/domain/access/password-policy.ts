/** Staff password rules (NIST SP 800-63B: length over composition, no silent truncation). */
import { invalid } from '../errors.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function checkNewPassword(password: string, field = 'password', email?: string): string {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw invalid(field, 'min-length', { min: PASSWORD_MIN_LENGTH });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw invalid(field, 'max-length', { max: PASSWORD_MAX_LENGTH });
  }
  if (email && password.toLowerCase().includes(email.toLowerCase().split('@')[0] ?? '\u0000')) {
    throw invalid(field, 'not-contain-your-email-name');
  }
  return password;
}
