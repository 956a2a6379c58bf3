import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/problem.ts';
import { columnsFor } from './columns.ts';
import { buildRequest, errorsFrom, newRow, type Settings } from './draft.ts';
import { NO_REAL_WORLD, type RealWorldDraft } from './real-world.ts';

const RR: Settings = { measure: 'RR', method: 'REML', test: 'z', level: '95', arms: 'cells' };

describe('buildRequest', () => {
  it('sends the columns of the measure as numbers, skips empty rows and keeps the row of each study', () => {
    // An unnamed study goes by its row's placeholder (the third row: "Study 3").
    const rows = [
      newRow('Aronson 1948', { ai: '4', bi: '119', ci: '11', di: '128', yi: '0.3' }),
      newRow(),
      newRow('', { ai: ' 6 ', bi: '300', ci: '29', di: '2.74e2' }),
    ];
    const built = buildRequest(rows, RR);
    expect(built.errors).toEqual({ cells: {}, settings: {}, realWorld: {}, other: [] });
    expect(built.request).toEqual({
      measure: 'RR',
      method: 'REML',
      test: 'z',
      level: 95,
      studies: [
        { study: 'Aronson 1948', ai: 4, bi: 119, ci: 11, di: 128 },
        { study: 'Study 3', ai: 6, bi: 300, ci: 29, di: 274 },
      ],
    });
    expect(built.rowKeys).toEqual([rows[0]!.key, rows[2]!.key]);
  });

  it('takes group sizes instead of non-events, and a minus sign as typed in papers', () => {
    const rows = [newRow('A', { ai: '4', n1i: '123', ci: '11', n2i: '139' })];
    expect(buildRequest(rows, { ...RR, arms: 'sizes' }).request.studies).toEqual([
      { study: 'A', ai: 4, n1i: 123, ci: 11, n2i: 139 },
    ]);
    const gen = [newRow('B', { yi: '\u22120.71', vi: '.04' })];
    expect(buildRequest(gen, { ...RR, measure: 'GEN' }).request.studies).toEqual([
      { study: 'B', yi: -0.71, vi: 0.04 },
    ]);
  });

  it('names empty and non-numeric cells, a bad level, and an empty table', () => {
    const row = newRow('A', { ai: '4', bi: 'x', ci: '1,5' });
    const { errors } = buildRequest([row], { ...RR, level: '100' });
    expect(errors.cells).toEqual({
      [`${row.key}:bi`]: 'Enter a number, such as 12 or 0.35.',
      [`${row.key}:ci`]: 'Enter a number, such as 12 or 0.35.',
      [`${row.key}:di`]: 'Enter a value: RR needs di for every study.',
    });
    expect(errors.settings.level).toMatch(/between 1 and 100/);
    expect(buildRequest([newRow()], RR).errors.other).toEqual(['Enter at least one study.']);
  });
});

describe('errorsFrom', () => {
  it('puts studies[i].column on the cell of the row that was sent as study i', () => {
    const rows = [newRow(), newRow('A', { ai: '1' }), newRow('B', { ai: '-2' })];
    const built = { rowKeys: [rows[1]!.key, rows[2]!.key] };
    const error = new ApiError({
      status: 400,
      title: 'Invalid request',
      fieldErrors: [
        { field: 'studies[1].ai', message: 'must not be negative (got -2)' },
        { field: 'studies[0].n1i', message: 'must equal ai + bi' },
        { field: 'level', message: 'must be < 100' },
        { field: '(body)', message: 'is not an object' },
      ],
    });
    expect(errorsFrom(error, built, rows, columnsFor('RR', 'cells'))).toEqual({
      cells: { [`${rows[2]!.key}:ai`]: 'Must not be negative (got -2).' },
      settings: { level: 'Must be < 100.' },
      realWorld: {},
      other: ['Row 2, n1i: Must equal ai + bi.', 'Is not an object.'],
    });
  });

  it('puts realWorld.<field> on the real-world panel', () => {
    const error = new ApiError({
      status: 400,
      title: 'Invalid request',
      fieldErrors: [
        { field: 'realWorld.xi', message: 'row 1: events (14) exceed the group size ni (13)' },
        { field: 'realWorld.timepointKey', message: 'is not a timepoint' },
        { field: 'realWorld.m1i', message: 'is odd' },
      ],
    });
    expect(errorsFrom(error, { rowKeys: [] }, [], columnsFor('PLO', 'cells'))).toEqual({
      cells: {},
      settings: {},
      realWorld: {
        xi: 'Row 1: events (14) exceed the group size ni (13).',
        timepointKey: 'Is not a timepoint.',
      },
      other: ['Your program, m1i: Is odd.'],
    });
  });
});

describe('the real-world entry', () => {
  const PLO: Settings = { ...RR, measure: 'PLO' };
  const studies = [newRow('Feder 2025', { xi: '9', ni: '13' })];
  const entered: RealWorldDraft = { ...NO_REAL_WORLD, mode: 'entered', cells: { xi: '9', ni: ' 13 ' } };

  it('is left out when the panel is off or the measure does not take one', () => {
    expect(buildRequest(studies, PLO).request).not.toHaveProperty('realWorld');
    expect(buildRequest(studies, RR, entered).request).not.toHaveProperty('realWorld');
    expect(buildRequest(studies, RR, entered).errors.realWorld).toEqual({});
  });

  it('sends entered counts with a default label, or the label typed', () => {
    expect(buildRequest(studies, PLO, entered).request.realWorld).toEqual({
      label: 'Our program',
      source: 'entered',
      xi: 9,
      ni: 13,
    });
    const gen = buildRequest(
      studies,
      { ...RR, measure: 'GEN' },
      {
        ...entered,
        label: ' Spring 2025 ',
        cells: { yi: '\u22127.3', vi: '1.2' },
      },
    );
    expect(gen.request.realWorld).toEqual({ label: 'Spring 2025', source: 'entered', yi: -7.3, vi: 1.2 });
  });

  it('names the program, questionnaire and timepoint from the outcomes, and no numbers', () => {
    const draft: RealWorldDraft = {
      ...NO_REAL_WORLD,
      mode: 'outcomes',
      programId: 'p1',
      programName: 'Ketamine for depression',
      instrumentId: 'phq-9',
      timepointKey: 'month-3#1',
      cells: { xi: '99' },
    };
    expect(buildRequest(studies, PLO, draft).request.realWorld).toEqual({
      label: 'Ketamine for depression',
      source: 'outcomes',
      programId: 'p1',
      instrumentId: 'phq-9',
      timepointKey: 'month-3#1',
    });
    expect(buildRequest(studies, PLO, { ...draft, timepointKey: '' }).errors.realWorld).toEqual({
      timepointKey: 'Choose a timepoint.',
    });
  });

  it('names empty and non-numeric cells', () => {
    const { errors } = buildRequest(studies, PLO, { ...entered, cells: { xi: 'nine' } });
    expect(errors.realWorld).toEqual({
      xi: 'Enter a number, such as 12 or 0.35.',
      ni: 'Enter a value for clients assessed.',
    });
  });
});
