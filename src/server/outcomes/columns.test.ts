/**
 * The in-memory columns give exactly the report the per-subject path gives (toSubject →
 * analyseOutcomes, the path the domain tests check against R), for random programs built in a
 * random order with rows rewritten along the way, under filters and groupings; and the flow
 * counts and filter choices are what counting the rows by hand gives.
 */
import { describe, expect, it } from 'vitest';
import { getInstrument } from '../../domain/instruments/registry.ts';
import { analyseMatrix, analyseOutcomes } from '../../domain/outcomes/analyse.ts';
import { hasStarted } from '../../domain/outcomes/attributes.ts';
import { outcomeRules } from '../../domain/outcomes/rules.ts';
import { type StoredPoint, toSubject } from '../../domain/outcomes/stored.ts';
import { FLOW_STAGES, type GroupDimension, type TimepointDef } from '../../domain/outcomes/types.ts';
import { type EnrollmentRow, ProgramColumns } from './columns.ts';
import type { SeriesFilters } from './repository.ts';
import { encodeSnapshot, packSnapshot, unpackSnapshot } from './snapshot.ts';

/** The PHQ-9's own change rules, as the service uses them. */
const rules = outcomeRules(getInstrument('phq-9'))!;
const timepoints: TimepointDef[] = [
  { key: 'baseline#1', label: 'Baseline', role: 'baseline', nominalDay: -7 },
  { key: 'week-4#1', label: 'Week 4', role: 'treatment', nominalDay: 28 },
  { key: 'end#1', label: 'End', role: 'end-of-treatment', nominalDay: 56 },
  { key: 'month-3#1', label: 'Month 3', role: 'follow-up', nominalDay: 140 },
];
const KEYS = timepoints.map((t) => t.key);
const NOW = 1_750_000_000;

/** Park–Miller: the same "random" program on every run. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 48_271) % 2_147_483_647;
    return s / 2_147_483_647;
  };
}

interface Enrollment {
  row: EnrollmentRow;
  points: StoredPoint[] | null;
}

function makeProgram(seed: number, n: number): Enrollment[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: Enrollment[] = [];
  for (let i = 0; i < n; i++) {
    const id = `e-${Math.floor(rnd() * 1e9)
      .toString(36)
      .padStart(6, '0')}-${i}`;
    const points: StoredPoint[] = [];
    for (const key of [...KEYS, 'other#1']) {
      const u = rnd();
      if (u < 0.1) continue; // does not apply (another arm)
      const closes = u < 0.2 ? null : u < 0.3 ? NOW + 86_400 : NOW - 86_400;
      const score = rnd() < 0.7 ? Math.floor(rnd() * 28) : null;
      points.push([
        key,
        score,
        closes === null ? null : closes - 1_209_600,
        closes,
        score === null ? null : NOW,
      ]);
    }
    out.push({
      row: {
        enrollment_id: id,
        cohort_id: pick(['c1', 'c2', null]),
        arm: pick(['a', 'b', null]),
        condition: pick(['depression', 'ptsd', null]),
        age_band: pick(['18–24', '25–34', '45–54', null]),
        sex: pick(['female', 'male', null]),
        gender: pick(['woman', 'man', 'non-binary', null]),
        status: pick(['referred', 'consented', 'active', 'completed', 'withdrawn']),
        reached: pick(FLOW_STAGES),
      },
      points: rnd() < 0.9 ? points : null,
    });
  }
  return out;
}

const label = (dimension: GroupDimension, value: string) => (dimension === 'arm' ? `Arm ${value}` : value);

function byHand(program: Enrollment[], filters: SeriesFilters, groupBy?: GroupDimension) {
  const keep = (r: EnrollmentRow) =>
    (!filters.cohort || r.cohort_id === filters.cohort) &&
    (!filters.arm || r.arm === filters.arm) &&
    (!filters.condition || r.condition === filters.condition) &&
    (!filters.ageBand || r.age_band === filters.ageBand) &&
    (!filters.sex || r.sex === filters.sex) &&
    (!filters.gender || r.gender === filters.gender);
  const subjects = program
    .filter((e) => e.points !== null && keep(e.row))
    .sort((a, b) => (a.row.enrollment_id < b.row.enrollment_id ? -1 : 1))
    .map((e) =>
      toSubject(
        e.row.enrollment_id,
        {
          cohort: e.row.cohort_id,
          arm: e.row.arm === null ? null : label('arm', e.row.arm),
          condition: e.row.condition,
          ageBand: e.row.age_band,
          sex: e.row.sex,
          gender: e.row.gender,
        },
        hasStarted(e.row.reached),
        e.points!,
        NOW,
      ),
    );
  return analyseOutcomes({ rules, timepoints, subjects, groupBy });
}

/** Columns filled in a shuffled order, with a third of the rows first written with other values. */
function columnsOf(program: Enrollment[], seed: number): ProgramColumns {
  const rnd = random(seed);
  const c = new ProgramColumns(0, 0);
  c.addInstrument('phq-9', KEYS);
  const decoys = makeProgram(seed + 1, program.length);
  const order = program.map((_, i) => i).sort(() => rnd() - 0.5);
  for (const i of order) {
    const e = program[i]!;
    if (rnd() < 0.33) {
      const decoy = decoys[i]!;
      const row = c.setEnrollment({ ...decoy.row, enrollment_id: e.row.enrollment_id });
      c.setSeries('phq-9', row, decoy.points);
    }
    c.setSeries('phq-9', c.setEnrollment(e.row), e.points);
  }
  return c;
}

describe('ProgramColumns', () => {
  const program = makeProgram(7, 400);
  const columns = columnsOf(program, 11);
  const cases: Array<[string, SeriesFilters, GroupDimension | undefined]> = [
    ['everyone', {}, undefined],
    ['women', { sex: 'female' }, undefined],
    ['arm a aged 25–34, by condition', { arm: 'a', ageBand: '25–34' }, 'condition'],
    ['by arm', {}, 'arm'],
    ['by cohort', { gender: 'woman' }, 'cohort'],
    ['a value no one has', { condition: 'nonexistent' }, undefined],
  ];

  it.each(cases)(
    'gives the same report from its stored snapshot for %s (snapshot.ts)',
    async (_, filters, groupBy) => {
      const restored = ProgramColumns.fromState((await unpackSnapshot(await packSnapshot(columns.state())))!);
      expect(restored.size).toBe(columns.size);
      expect(restored.flowCounts(filters)).toEqual(columns.flowCounts(filters));
      const matrix = restored.matrix('phq-9', filters, NOW, label);
      expect(analyseMatrix({ rules, timepoints, matrix, groupBy })).toEqual(
        byHand(program, filters, groupBy),
      );
    },
  );

  it('stores the snapshot compressed, and reads data that is not a compressed snapshot as none', async () => {
    const packed = await packSnapshot(columns.state());
    expect(packed.length).toBeLessThan(encodeSnapshot(columns.state()).length / 2);
    // A format 1 snapshot (uncompressed) is not format 2's.
    expect(await unpackSnapshot(encodeSnapshot(columns.state()))).toBeNull();
    expect(await unpackSnapshot(packed.subarray(0, packed.length >> 1))).toBeNull();
  });

  it('takes new and rewritten rows after being restored from a snapshot', async () => {
    const restored = ProgramColumns.fromState((await unpackSnapshot(await packSnapshot(columns.state())))!);
    const more = makeProgram(99, 50).map((e, i) =>
      i % 2 ? e : { ...e, row: { ...e.row, enrollment_id: program[i]!.row.enrollment_id } },
    );
    const expected = new Map(program.map((e) => [e.row.enrollment_id, e]));
    for (const e of more) {
      restored.setSeries('phq-9', restored.setEnrollment(e.row), e.points);
      expected.set(e.row.enrollment_id, e);
    }
    const all = [...expected.values()];
    const matrix = restored.matrix('phq-9', {}, NOW, label);
    expect(analyseMatrix({ rules, timepoints, matrix })).toEqual(byHand(all, {}));
  });

  it.each(cases)('gives the per-subject report for %s', (_, filters, groupBy) => {
    const matrix = columns.matrix('phq-9', filters, NOW, label);
    if (filters.condition !== 'nonexistent') expect(matrix.rows).toBeGreaterThan(10);
    expect(analyseMatrix({ rules, timepoints, matrix, groupBy })).toEqual(byHand(program, filters, groupBy));
  });

  it('counts the flow and lists the filter choices as the rows do', () => {
    const women = program.filter((e) => e.row.sex === 'female');
    const counts = new Map<string, number>();
    for (const e of women)
      counts.set(
        `${e.row.reached}|${e.row.status}`,
        (counts.get(`${e.row.reached}|${e.row.status}`) ?? 0) + 1,
      );
    const got = columns.flowCounts({ sex: 'female' });
    expect(new Map(got.map((f) => [`${f.reached}|${f.status}`, f.n]))).toEqual(counts);
    expect(columns.distinct('gender')).toEqual(['man', 'non-binary', 'woman']);
    expect(columns.distinct('ageBand')).toEqual(['18–24', '25–34', '45–54']);
  });

  it('refuses a score that is not a finite number', () => {
    const c = new ProgramColumns(0, 0);
    c.addInstrument('phq-9', KEYS);
    const row = c.setEnrollment(program[0]!.row);
    expect(() => c.setSeries('phq-9', row, [['baseline#1', Number.NaN, null, null, null]])).toThrow(
      /finite number/,
    );
  });
});
