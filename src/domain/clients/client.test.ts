import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { ageOn, checkDateOfBirth, clientSearchText, normalizeClient } from './client.ts';

const today = new Date('2026-11-25T12:00:00Z');

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.fields[0]?.field;
    throw e;
  }
  return undefined;
}

describe('date of birth', () => {
  it('accepts a real past date', () => {
    expect(checkDateOfBirth('1984-02-29', today)).toBe('1984-02-29');
    expect(checkDateOfBirth('2026-11-25', today)).toBe('2026-11-25');
  });
  it('refuses impossible, future and too-early dates, naming the field', () => {
    for (const bad of ['1983-02-29', '2026-13-01', '2026-11-26', '1899-12-31', '12-05-1980', '']) {
      expect(
        fieldOf(() => checkDateOfBirth(bad, today)),
        bad,
      ).toBe('dateOfBirth');
    }
  });
});

describe('normalizeClient', () => {
  const base = {
    givenName: ' Anna ',
    familyName: 'de Vries',
    dateOfBirth: '1984-03-12',
    sexAtBirth: 'female' as const,
  };

  it('refuses a phone that is not a number, and names every bad field at once', () => {
    try {
      normalizeClient(
        {
          ...base,
          givenName: ' ',
          email: 'anna@',
          phone: 'call me maybe',
          emergencyContact: { phone: '06 12' },
        },
        today,
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).fields.map((f) => f.field)).toEqual(['givenName', 'email', 'phone']);
      expect((e as DomainError).fields[2]!.message).toMatch(/must be a phone number/);
    }
    expect(
      normalizeClient({ ...base, phone: ' +31 (6)  555-0101 ', emergencyContact: { phone: '113' } }, today),
    ).toMatchObject({ phone: '+31 (6) 555-0101', emergencyContact: { phone: '113' } });
  });

  it('trims text, lower-cases email and turns blanks into null', () => {
    const c = normalizeClient(
      { ...base, email: ' Anna@Example.ORG ', phone: '  ', emergencyContact: { name: ' Eva ' } },
      today,
    );
    expect(c.givenName).toBe('Anna');
    expect(c.email).toBe('anna@example.org');
    expect(c.phone).toBeNull();
    expect(c.emergencyContact).toEqual({ name: 'Eva', relationship: null, phone: null });
    expect(c.notes).toBeNull();
  });

  it('refuses a blank name and a malformed email, naming the field', () => {
    expect(fieldOf(() => normalizeClient({ ...base, givenName: '   ' }, today))).toBe('givenName');
    expect(fieldOf(() => normalizeClient({ ...base, email: 'not-an-email' }, today))).toBe('email');
  });

  it('builds lower-case search text with phone digits', () => {
    expect(
      clientSearchText({
        givenName: 'Anna',
        familyName: 'de Vries',
        preferredName: null,
        email: 'a@x.org',
        phone: '+31 6 1234',
      }),
    ).toBe('anna de vries a@x.org 3161234');
  });
});

describe('ageOn', () => {
  it('counts whole years, changing on the birthday', () => {
    expect(ageOn('1984-11-25', today)).toBe(42);
    expect(ageOn('1984-11-26', today)).toBe(41);
  });
});
