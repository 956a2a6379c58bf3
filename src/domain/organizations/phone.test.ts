import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkPhone, telHref } from './phone.ts';

describe('checkPhone', () => {
  it('takes national, international and short numbers, trimmed', () => {
    expect(checkPhone('phone', ' 0800-0113 ')).toBe('0800-0113');
    expect(checkPhone('phone', '+31 (0)20  123 4567')).toBe('+31 (0)20 123 4567');
    expect(checkPhone('phone', '113')).toBe('113');
  });

  it.each(['call me maybe', '', '   ', '1', '06-1234-abcd', '31+6', 'x'.repeat(40)])(
    'refuses %j, naming the field',
    (value) => {
      try {
        checkPhone('lines.0.phone', value);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).fields[0]?.field).toBe('lines.0.phone');
      }
    },
  );
});

describe('telHref', () => {
  it('keeps the digits and an international +', () => {
    expect(telHref('0800-0113')).toBe('tel:08000113');
    expect(telHref('+31 (20) 123 4567')).toBe('tel:+31201234567');
    expect(telHref('112')).toBe('tel:112');
  });
});
