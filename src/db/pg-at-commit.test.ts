import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { AT_COMMIT, inlinable, inlineParameters, isAtCommit } from './pg-at-commit.ts';

const quote = (s: string) => pg.Client.prototype.escapeLiteral(s);

describe('inlineParameters', () => {
  it('writes each parameter as a quoted literal of untyped text, as pg sends it', () => {
    expect(
      inlineParameters('select $1, $2, $3, $4, $10', [`it's`, 5, true, null, 0, 0, 0, 0, 0, 'x'], quote),
    ).toBe(`select 'it''s', '5', 'true', NULL, 'x'`);
  });

  it('quotes backslashes so no setting of standard_conforming_strings can end the literal', () => {
    // pg writes E'…' with the backslash doubled: a quote after it cannot end the literal.
    expect(inlineParameters('select $1', [String.raw`a\'; drop table x; --`], quote)).toBe(
      String.raw`select  E'a\\''; drop table x; --'`,
    );
  });

  it('refuses what it cannot write as a literal, and a missing parameter', () => {
    expect(inlinable(['a', 1, false, null])).toBe(true);
    expect(inlinable([new Date()])).toBe(false);
    expect(inlinable([Buffer.from('x')])).toBe(false);
    expect(() => inlineParameters('select $1', [{ a: 1 }], quote)).toThrow(/cannot be sent as a literal/);
    expect(() => inlineParameters('select $1', [Number.NaN], quote)).toThrow(/not finite/);
    expect(() => inlineParameters('select $2', ['a'], quote)).toThrow(/no parameter \$2/);
  });

  it('knows the at-commit marker', () => {
    expect(isAtCommit(`${AT_COMMIT}insert into t values ($1)`)).toBe(true);
    expect(isAtCommit('insert into t values ($1)')).toBe(false);
  });
});
