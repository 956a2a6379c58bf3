import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { checkSignature, typedNameMatches } from './signature.ts';

const client = { givenName: 'Sanne', familyName: 'de Vries' };
const current = { version: 3, sha256: 'c'.repeat(64) };
const good = {
  typedName: '  sanne  DE vries ',
  agreed: true,
  documentVersion: 3,
  documentSha256: 'c'.repeat(64),
};

describe('typedNameMatches', () => {
  it.each(['Sanne de Vries', 'sanne de vries', 'SANNE DEVRIES', ' Sanne\tde  Vries '])(
    'accepts %j',
    (typed) => {
      expect(typedNameMatches(typed, client)).toBe(true);
    },
  );
  it.each(['Sanne', 'de Vries Sanne', 'Sane de Vries', '', '   '])('refuses %j', (typed) => {
    expect(typedNameMatches(typed, client)).toBe(false);
  });
  it('compares composed and decomposed letters alike', () => {
    expect(typedNameMatches('Zoe\u0308 Jansen', { givenName: 'Zoë', familyName: 'Jansen' })).toBe(true);
  });
});

describe('checkSignature', () => {
  it('returns the name as typed, spaces tidied', () => {
    expect(checkSignature(good, client, current)).toBe('sanne DE vries');
  });
  it('refuses a signature without the tick, naming agreed', () => {
    try {
      checkSignature({ ...good, agreed: false }, client, current);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).fields[0]?.field).toBe('agreed');
    }
  });
  it('refuses another name, naming typedName', () => {
    expect(() => checkSignature({ ...good, typedName: 'Someone Else' }, client, current)).toThrow(
      /full name/,
    );
  });
  it.each([{ documentVersion: 2 }, { documentSha256: 'd'.repeat(64) }])(
    'refuses a document that changed while read (%j) as a conflict',
    (change) => {
      try {
        checkSignature({ ...good, ...change }, client, current);
        expect.unreachable();
      } catch (e) {
        expect((e as DomainError).kind).toBe('conflict');
      }
    },
  );
});
