import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSuppressed } from '../outcomes/disclosure.ts';
import { analyseDoseExperience } from './analyse.ts';
import { discloseDoseExperience } from './disclosure.ts';
import { type Fixtures, recordsOf } from './test-fixtures.ts';

const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/r-fixtures.json'), 'utf8'),
) as Fixtures;
const records = recordsOf(fixtures);

describe('discloseDoseExperience', () => {
  const report = analyseDoseExperience({ records, outcome: null });

  it('gives staff every cell', () => {
    const staff = discloseDoseExperience(report, 0);
    expect(Object.values(staff.acute).flat().some(isSuppressed)).toBe(false);
  });

  it("withholds a researcher's cells drawn from fewer clients than the minimum", () => {
    const researcher = discloseDoseExperience(report, 5);
    for (const cell of Object.values(researcher.acute).flat()) {
      const original = Object.values(report.acute)
        .flat()
        .find((c) => c.dimension === cell.dimension && c.value === cell.value)!;
      expect(isSuppressed(cell)).toBe(original.clients > 0 && original.clients < 5);
    }
  });
});
