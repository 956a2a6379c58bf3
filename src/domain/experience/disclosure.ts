/**
 * What a researcher may see of the dose–experience–outcome analysis: the disclosure rule of
 * src/domain/outcomes/disclosure.ts (an aggregate over fewer than the organization's minimum
 * number of clients is withheld; counts of who was expected and assessed stay visible). An acute
 * cell is withheld whole when its MEQ-30s come from too few clients; a group's response or
 * remission when too few clients were assessed for it, and the difference with it; the mixed
 * model when either group has too few clients in it. Staff get everything (threshold 0).
 */
import { isSmallCell, type Suppressed } from '../outcomes/disclosure.ts';
import type { Proportion } from '../outcomes/types.ts';
import type { DoseExperienceReport } from './analyse.ts';
import type {
  AcuteCell,
  AcuteDimension,
  ExperienceGroupPoint,
  ExperienceModel,
  ExperienceTimepoint,
  LaterByExperience,
} from './types.ts';

type Suppressible<T> = T | Suppressed;

export type DisclosedCell = AcuteCell | (Pick<AcuteCell, 'dimension' | 'value' | 'substance'> & Suppressed);

export interface DisclosedGroupPoint extends Omit<ExperienceGroupPoint, 'response' | 'remission'> {
  response: Suppressible<Proportion> | null;
  remission: Suppressible<Proportion> | null;
}

export interface DisclosedTimepoint
  extends Omit<ExperienceTimepoint, 'with' | 'without' | 'responseDifference' | 'remissionDifference'> {
  with: DisclosedGroupPoint;
  without: DisclosedGroupPoint;
  responseDifference: Suppressible<NonNullable<ExperienceTimepoint['responseDifference']>> | null;
  remissionDifference: Suppressible<NonNullable<ExperienceTimepoint['remissionDifference']>> | null;
}

export interface DisclosedLater extends Omit<LaterByExperience, 'timepoints' | 'model'> {
  timepoints: DisclosedTimepoint[];
  model: Suppressible<ExperienceModel> | null;
}

export interface DisclosedDoseExperience extends Omit<DoseExperienceReport, 'acute' | 'later'> {
  acute: Record<AcuteDimension, DisclosedCell[]>;
  later: DisclosedLater | null;
}

const withheld = (threshold: number): Suppressed => ({
  suppressed: { reason: `fewer than ${threshold} clients`, threshold },
});

const small = (p: Proportion | null, threshold: number) => p !== null && isSmallCell(p.n, threshold);

function group(g: ExperienceGroupPoint, threshold: number): DisclosedGroupPoint {
  return {
    ...g,
    response: small(g.response, threshold) ? withheld(threshold) : g.response,
    remission: small(g.remission, threshold) ? withheld(threshold) : g.remission,
  };
}

function timepoint(t: ExperienceTimepoint, threshold: number): DisclosedTimepoint {
  const either = (k: 'response' | 'remission') =>
    small(t.with[k], threshold) || small(t.without[k], threshold);
  return {
    ...t,
    with: group(t.with, threshold),
    without: group(t.without, threshold),
    responseDifference:
      t.responseDifference && either('response') ? withheld(threshold) : t.responseDifference,
    remissionDifference:
      t.remissionDifference && either('remission') ? withheld(threshold) : t.remissionDifference,
  };
}

export function discloseDoseExperience(r: DoseExperienceReport, threshold: number): DisclosedDoseExperience {
  const acute = Object.fromEntries(
    Object.entries(r.acute).map(([d, cells]) => [
      d,
      cells.map(
        (c): DisclosedCell =>
          isSmallCell(c.clients, threshold)
            ? { dimension: c.dimension, value: c.value, substance: c.substance, ...withheld(threshold) }
            : c,
      ),
    ]),
  ) as Record<AcuteDimension, DisclosedCell[]>;
  const later = r.later && {
    ...r.later,
    timepoints: r.later.timepoints.map((t) => timepoint(t, threshold)),
    model:
      r.later.model &&
      (isSmallCell(Math.min(r.later.model.withClients, r.later.model.withoutClients), threshold)
        ? withheld(threshold)
        : r.later.model),
  };
  return { ...r, acute, later };
}
