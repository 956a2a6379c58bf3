/**
 * "Your program beside the evidence": the organization's own estimate as the page holds it (the
 * choices and cells as typed), the `realWorld` entry of the request it becomes, and where the
 * server's `realWorld.<field>` errors are shown. The estimate is drawn beside the pooled one and is
 * never pooled.
 *
 * It is offered for proportions (PLO, PR: responders of those assessed) and for GEN (a mean change
 * with its variance). From Threshold's outcomes the server reads the numbers itself; the page only
 * names the program, questionnaire and timepoint.
 */

import type { RealWorldRequest } from '../../domain/meta/analysis.ts';
import type { Measure } from '../../domain/meta/types.ts';
import { tKey } from '../i18n/labels.ts';

export type RealWorldMode = 'none' | 'outcomes' | 'entered';

/** The entered columns: responders and total for proportions, yi and vi for GEN. */
export type RealWorldCell = 'xi' | 'ni' | 'yi' | 'vi';

export interface RealWorldDraft {
  mode: RealWorldMode;
  /** As typed; empty means the default label (the program's name, or "Our program"). */
  label: string;
  programId: string;
  /** The chosen program's name, kept for the default label. */
  programName: string;
  instrumentId: string;
  timepointKey: string;
  cells: Partial<Record<RealWorldCell, string>>;
}

export const NO_REAL_WORLD: RealWorldDraft = {
  mode: 'none',
  label: '',
  programId: '',
  programName: '',
  instrumentId: '',
  timepointKey: '',
  cells: {},
};

/** Fields of the panel a message can belong to (the request's `realWorld.<field>`). */
export type RealWorldField =
  | 'source'
  | 'label'
  | 'programId'
  | 'instrumentId'
  | 'timepointKey'
  | RealWorldCell;
export const REAL_WORLD_FIELDS: readonly RealWorldField[] = [
  'source',
  'label',
  'programId',
  'instrumentId',
  'timepointKey',
  'xi',
  'ni',
  'yi',
  'vi',
];
export const isRealWorldField = (f: string): f is RealWorldField =>
  (REAL_WORLD_FIELDS as readonly string[]).includes(f);

/** Measures the panel is offered for. */
export const supportsRealWorld = (measure: Measure): boolean =>
  measure === 'PLO' || measure === 'PR' || measure === 'GEN';

export const isProportion = (measure: Measure): boolean => measure === 'PLO' || measure === 'PR';

/** The entered cells of a measure, labelled as the panel shows them. */
export function enteredCells(measure: Measure): Array<{ key: RealWorldCell; label: string }> {
  return isProportion(measure)
    ? [
        { key: 'xi', label: tKey('realWorld:cells.xi') },
        { key: 'ni', label: tKey('realWorld:cells.ni') },
      ]
    : [
        { key: 'yi', label: tKey('realWorld:cells.yi') },
        { key: 'vi', label: tKey('realWorld:cells.vi') },
      ];
}

/** The forest plot's label of the program when none is typed, in the UI language ("Our program"). */
export const defaultLabel = (): string => tKey('realWorld:defaultLabel');

export const realWorldLabel = (draft: RealWorldDraft): string =>
  draft.label.trim() ||
  (draft.mode === 'outcomes' && draft.programName.trim() ? draft.programName.trim() : defaultLabel());

/** The id of a panel input, to focus the first one with an error. */
export const realWorldId = (field: RealWorldField) => `meta-real-world-${field}`;

export type RealWorldErrors = Partial<Record<RealWorldField, string>>;

/**
 * The request's `realWorld` entry, or none (panel off, or a measure it is not offered for). Missing
 * choices and cells that are not numbers become errors instead.
 */
export function buildRealWorld(
  draft: RealWorldDraft,
  measure: Measure,
  parseNumber: (text: string) => number | null,
): { value: RealWorldRequest | undefined; errors: RealWorldErrors } {
  const errors: RealWorldErrors = {};
  if (draft.mode === 'none' || !supportsRealWorld(measure)) return { value: undefined, errors };
  const label = realWorldLabel(draft);
  if (label.length > 120) errors.label = tKey('realWorld:errors.label');
  if (draft.mode === 'outcomes') {
    if (!draft.programId) errors.programId = tKey('realWorld:errors.program');
    else if (!draft.instrumentId) errors.instrumentId = tKey('realWorld:errors.instrument');
    else if (!draft.timepointKey) errors.timepointKey = tKey('realWorld:errors.timepoint');
    return {
      value: {
        label,
        source: 'outcomes',
        programId: draft.programId,
        instrumentId: draft.instrumentId,
        timepointKey: draft.timepointKey,
      },
      errors,
    };
  }
  const value: RealWorldRequest = { label, source: 'entered' };
  for (const { key, label: name } of enteredCells(measure)) {
    const text = (draft.cells[key] ?? '').trim();
    const parsed = text ? parseNumber(text) : null;
    if (!text)
      errors[key] = tKey('realWorld:errors.value', { name: name.replace(/ \(.*$/, '').toLowerCase() });
    else if (parsed === null) errors[key] = tKey('realWorld:errors.number');
    else value[key] = parsed;
  }
  return { value, errors };
}
