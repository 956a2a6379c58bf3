/** A program's dose–experience–outcome analysis (GET /api/programs/:id/outcomes/dose-experience). */
import { useQuery } from '@tanstack/react-query';
import type { DoseExperience } from '../../api/dose-experience.ts';
import { api, withQuery } from '../http/http.ts';
import { currentFormatter } from '../i18n/format.ts';
import { tKey } from '../i18n/labels.ts';
import { shown } from './api.ts';
import { fixed } from './format.ts';

export type { DoseExperience };
export type AnyCell = DoseExperience['acute']['doseBand'][number];
export type ShownCell = Exclude<AnyCell, { suppressed: unknown }>;
export type Banding = DoseExperience['bandings'][number];
export type Dimension = keyof DoseExperience['acute'];
export type Later = NonNullable<DoseExperience['later']>;

export const DIMENSIONS: readonly Dimension[] = [
  'doseBand',
  'lot',
  'musicProgram',
  'groupSize',
  'clientsPerSitter',
  'eyeshades',
];

export function useDoseExperience(programId: string, instrument: string | undefined, asked: boolean) {
  return useQuery({
    queryKey: ['outcomes', programId, 'dose-experience', instrument ?? null],
    queryFn: () =>
      api.get<DoseExperience>(
        withQuery(`/api/programs/${programId}/outcomes/dose-experience`, instrument ? { instrument } : {}),
      ),
    enabled: Boolean(programId) && asked,
  });
}

/** A substance kind as the dosing screens name it; a free-text substance as recorded. */
export const substanceName = (substance: string): string =>
  tKey(`dosing:lots.kinds.${substance}`, { defaultValue: substance });

/** A program's band edge as it was set (up to 3 decimals, none added: "0,75", "10"). */
export const edgeNumber = (x: number): string =>
  currentFormatter().number(x, { maximumFractionDigits: 3, useGrouping: false });

/** A band unit as said on screen ("g fresh weight"). */
export const unitName = (unit: string): string =>
  tKey(`doseExperience:units.${unit}`, { defaultValue: unit });

/** "Psilocybin truffles ≤ 0.19 mg/kg", "Ketamine (racemic) 0.5 mg/kg". */
export function bandLabel(bandings: readonly Banding[], key: string): string {
  for (const b of bandings) {
    const band = b.bands.find((x) => x.key === key);
    if (!band) continue;
    const n = (x: number) => (b.method === 'program' ? edgeNumber(x) : fixed(x, 2));
    const range =
      band.lower !== null && band.lower === band.upper
        ? n(band.lower)
        : band.lower === null
          ? `≤ ${n(band.upper!)}`
          : band.upper === null
            ? `> ${n(band.lower)}`
            : `${n(band.lower)}–${n(band.upper)}`;
    return `${substanceName(b.substance)} ${range} ${unitName(b.unit)}`;
  }
  return key;
}

/** What a cell's value is called on screen. */
export function cellLabel(data: DoseExperience, dimension: Dimension, value: string): string {
  switch (dimension) {
    case 'doseBand':
      return bandLabel(data.bandings, value);
    case 'eyeshades':
      return tKey(`dosing:setting.eyeshadesOptions.${value}`, { defaultValue: value });
    case 'groupSize':
      return tKey('doseExperience:groupSizeValue', { count: Number(value) });
    case 'clientsPerSitter':
      return tKey('doseExperience:perSitter', {
        value: fixed(Number(value), Number.isInteger(Number(value)) ? 0 : 2),
      });
    default:
      return value;
  }
}

export const shownCell = (c: AnyCell): ShownCell | null => shown(c) as ShownCell | null;
