import { describe, expect, it } from 'vitest';
import { DEFINITION_LIMITS, normalizeDefinition } from './definition.ts';
import { caught, minimalDefinition } from './testing.ts';
import type { ProgramDefinition } from './types.ts';

const base = (): ProgramDefinition => minimalDefinition();

type Edits = Record<string, unknown>;

/**
 * A copy of `from` with values set at paths like 'sessions[0].days' (undefined deletes). Paths are
 * relative to the definition, so 'definition.' + path is the field an error names.
 */
function variant(edits: Edits, from: unknown = base()): unknown {
  const root = structuredClone(from) as Record<string, unknown>;
  for (const [path, value] of Object.entries(edits)) {
    const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
    let node = root as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
    const last = parts[parts.length - 1]!;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return root;
}

function fieldOf(input: unknown): string {
  const e = caught(() => normalizeDefinition(input));
  expect(e.kind).toBe('validation');
  return e.fields[0]!.field;
}

const S = 'sessions[0]';
const session0 = () => structuredClone(base().sessions[0]);

describe('normalizeDefinition', () => {
  it('accepts a valid definition and returns only known fields, trimmed, days sorted', () => {
    const out = normalizeDefinition(
      variant({
        name: '  Program  ',
        extra: 'dropped',
        [`${S}.days`]: [7, 0, -3],
        [`${S}.name`]: ' Dosing ',
      }),
    );
    expect(out.name).toBe('Program');
    expect(out).not.toHaveProperty('extra');
    expect(out.sessions[0]!.days).toEqual([-3, 0, 7]);
    expect(out.sessions[0]!.name).toBe('Dosing');
  });

  it('fills optional parts: description, arms, assessments, safety, source', () => {
    const out = normalizeDefinition(
      variant({
        description: undefined,
        arms: undefined,
        assessments: undefined,
        safety: undefined,
        source: undefined,
      }),
    );
    expect(out.description).toBe('');
    expect(out.arms).toEqual([]);
    expect(out.assessments).toEqual([]);
    expect(out.safety).toEqual({ preDoseSystolicMax: null, preDoseDiastolicMax: null });
    expect(out.source).toBeNull();
  });

  it('is idempotent', () => {
    const once = normalizeDefinition(base());
    expect(normalizeDefinition(once)).toEqual(once);
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'x', 'definition'],
    ['a list', [], 'definition'],
    ['blank name', variant({ name: '  ' }), 'definition.name'],
    ['long name', variant({ name: 'x'.repeat(201) }), 'definition.name'],
    ['unknown modality', variant({ modality: 'lsd' }), 'definition.modality'],
    ['unknown format', variant({ format: 'group' }), 'definition.format'],
    ['no sessions', variant({ sessions: [] }), 'definition.sessions'],
    ['sessions not a list', variant({ sessions: {} }), 'definition.sessions'],
    ['a session not an object', variant({ sessions: [1] }), 'definition.sessions[0]'],
    ['bad key', variant({ [`${S}.key`]: 'Dose 1' }), `definition.${S}.key`],
    ['long key', variant({ [`${S}.key`]: 'a'.repeat(41) }), `definition.${S}.key`],
    ['duplicate session key', variant({ 'sessions[1]': session0() }), 'definition.sessions[1].key'],
    ['unknown phase', variant({ [`${S}.phase`]: 'aftercare' }), `definition.${S}.phase`],
    ['unknown kind', variant({ [`${S}.kind`]: 'couple' }), `definition.${S}.kind`],
    ['group session in an individual program', variant({ [`${S}.kind`]: 'group' }), `definition.${S}.kind`],
    ['empty days', variant({ [`${S}.days`]: [] }), `definition.${S}.days`],
    ['day below -365', variant({ [`${S}.days`]: [-366] }), `definition.${S}.days[0]`],
    ['day above 730', variant({ [`${S}.days`]: [0, 731] }), `definition.${S}.days[1]`],
    ['fractional day', variant({ [`${S}.days`]: [1.5] }), `definition.${S}.days[0]`],
    ['day as text', variant({ [`${S}.days`]: ['1'] }), `definition.${S}.days[0]`],
    ['duplicate day', variant({ [`${S}.days`]: [1, 2, 1] }), `definition.${S}.days[2]`],
    ['start time 24:00', variant({ [`${S}.startTime`]: '24:00' }), `definition.${S}.startTime`],
    ['start time 9:00', variant({ [`${S}.startTime`]: '9:00' }), `definition.${S}.startTime`],
    ['start time 10:60', variant({ [`${S}.startTime`]: '10:60' }), `definition.${S}.startTime`],
    ['duration 4', variant({ [`${S}.durationMinutes`]: 4 }), `definition.${S}.durationMinutes`],
    ['duration 1441', variant({ [`${S}.durationMinutes`]: 1441 }), `definition.${S}.durationMinutes`],
    ['facilitators 21', variant({ [`${S}.facilitatorsNeeded`]: 21 }), `definition.${S}.facilitatorsNeeded`],
    ['facilitators -1', variant({ [`${S}.facilitatorsNeeded`]: -1 }), `definition.${S}.facilitatorsNeeded`],
    ['unknown route', variant({ [`${S}.dosing.route`]: 'rectal' }), `definition.${S}.dosing.route`],
    ['blank substance', variant({ [`${S}.dosing.substance`]: '' }), `definition.${S}.dosing.substance`],
    ['zero mg/kg', variant({ [`${S}.dosing.mgPerKg`]: 0 }), `definition.${S}.dosing.mgPerKg`],
    ['mg/kg above the limit', variant({ [`${S}.dosing.mgPerKg`]: 51 }), `definition.${S}.dosing.mgPerKg`],
    ['unknown arm on a session', variant({ [`${S}.arms`]: ['a'] }), `definition.${S}.arms[0]`],
    ['empty arms list', variant({ [`${S}.arms`]: [] }), `definition.${S}.arms`],
    [
      'duplicate arm key',
      variant({
        arms: [
          { key: 'a', name: 'A', description: '' },
          { key: 'a', name: 'A2', description: '' },
        ],
      }),
      'definition.arms[1].key',
    ],
    ['bad arm key', variant({ arms: [{ key: 'A B', name: 'A' }] }), 'definition.arms[0].key'],
    [
      'systolic limit 59',
      variant({ 'safety.preDoseSystolicMax': 59 }),
      'definition.safety.preDoseSystolicMax',
    ],
    [
      'systolic limit 251',
      variant({ 'safety.preDoseSystolicMax': 251 }),
      'definition.safety.preDoseSystolicMax',
    ],
    [
      'diastolic limit 29',
      variant({ 'safety.preDoseDiastolicMax': 29 }),
      'definition.safety.preDoseDiastolicMax',
    ],
    [
      'diastolic limit 151',
      variant({ 'safety.preDoseDiastolicMax': 151 }),
      'definition.safety.preDoseDiastolicMax',
    ],
    ['source without citation', variant({ source: { note: '' } }), 'definition.source.citation'],
  ])('refuses %s, naming the field', (_name, input, field) => {
    expect(fieldOf(input)).toBe(field);
  });

  it('allows group sessions in a cohort program, and arms that exist', () => {
    const out = normalizeDefinition(
      variant({
        format: 'cohort',
        arms: [{ key: 'a', name: 'Arm A', description: '' }],
        [`${S}.kind`]: 'group',
        [`${S}.arms`]: ['a'],
      }),
    );
    expect(out.sessions[0]).toMatchObject({ kind: 'group', arms: ['a'] });
  });

  it('accepts the limits at their edges', () => {
    const out = normalizeDefinition(
      variant({
        [`${S}.days`]: [DEFINITION_LIMITS.day.min, DEFINITION_LIMITS.day.max],
        [`${S}.startTime`]: '23:59',
        [`${S}.durationMinutes`]: 1440,
        [`${S}.facilitatorsNeeded`]: 0,
        safety: { preDoseSystolicMax: 60, preDoseDiastolicMax: 150 },
      }),
    );
    expect(out.safety).toEqual({ preDoseSystolicMax: 60, preDoseDiastolicMax: 150 });
    expect(out.sessions[0]!.startTime).toBe('23:59');
  });
});

describe('normalizeDefinition: assessments', () => {
  const assessment = (over: Record<string, unknown> = {}) => ({
    key: 'phq-baseline',
    instrumentId: 'phq-9',
    label: 'Baseline',
    anchor: 'first-dosing',
    dosingNumbers: null,
    offset: { amount: -1, unit: 'days' },
    window: { beforeDays: 7, afterDays: 0 },
    arms: null,
    ...over,
  });
  const withAssessment = (over: Record<string, unknown>, edits: Edits = {}) =>
    variant({ assessments: [assessment(over)], ...edits });
  const A = 'definition.assessments[0]';

  it('accepts a valid assessment and sorts dosing numbers', () => {
    const out = normalizeDefinition(withAssessment({ anchor: 'each-dosing', dosingNumbers: [6, 1, 3] }));
    expect(out.assessments[0]!.dosingNumbers).toEqual([1, 3, 6]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['unknown instrument', { instrumentId: 'bdi-ii' }, `${A}.instrumentId`],
    ['unknown anchor', { anchor: 'discharge' }, `${A}.anchor`],
    ['dosing numbers without each-dosing', { dosingNumbers: [1] }, `${A}.dosingNumbers`],
    ['dosing number 0', { anchor: 'each-dosing', dosingNumbers: [0] }, `${A}.dosingNumbers[0]`],
    ['empty dosing numbers', { anchor: 'each-dosing', dosingNumbers: [] }, `${A}.dosingNumbers`],
    ['duplicate dosing number', { anchor: 'each-dosing', dosingNumbers: [2, 2] }, `${A}.dosingNumbers[1]`],
    ['offset 1001', { offset: { amount: 1001, unit: 'days' } }, `${A}.offset.amount`],
    ['offset -1001', { offset: { amount: -1001, unit: 'days' } }, `${A}.offset.amount`],
    ['fractional offset', { offset: { amount: 1.5, unit: 'days' } }, `${A}.offset.amount`],
    ['unknown unit', { offset: { amount: 1, unit: 'years' } }, `${A}.offset.unit`],
    ['missing offset', { offset: undefined }, `${A}.offset`],
    ['window 366', { window: { beforeDays: 366, afterDays: 0 } }, `${A}.window.beforeDays`],
    ['negative window', { window: { beforeDays: 0, afterDays: -1 } }, `${A}.window.afterDays`],
    ['unknown arm', { arms: ['x'] }, `${A}.arms[0]`],
    ['blank label', { label: ' ' }, `${A}.label`],
  ])('refuses %s', (_name, over, field) => {
    expect(fieldOf(withAssessment(over))).toBe(field);
  });

  it('refuses duplicate assessment keys', () => {
    expect(fieldOf(variant({ assessments: [assessment(), assessment()] }))).toBe(
      'definition.assessments[1].key',
    );
  });

  it('refuses a dosing anchor in a program without dosing sessions', () => {
    expect(fieldOf(withAssessment({}, { [`${S}.dosing`]: null }))).toBe(`${A}.anchor`);
  });

  it('accepts offsets and windows at their edges', () => {
    const out = normalizeDefinition(
      withAssessment({ offset: { amount: -1000, unit: 'hours' }, window: { beforeDays: 0, afterDays: 365 } }),
    );
    expect(out.assessments[0]!.offset.amount).toBe(-1000);
    expect(out.assessments[0]!.window.afterDays).toBe(365);
  });
});
