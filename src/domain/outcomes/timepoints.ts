/**
 * A program's timepoints for one instrument, in schedule order, with their role. The order and the
 * roles come from the program's nominal schedule (every planned session from a Monday start, in
 * UTC): the first timepoint is the baseline; those due up to 14 days after the last planned
 * session are during treatment, the last of them being the end of treatment; later ones are
 * follow-ups. Versions of a program can differ: timepoints of older versions that the current one
 * dropped are kept (their data stays analysable), placed by their own nominal day.
 */
import { assessmentsDue } from '../programs/assessments.ts';
import { planSessions } from '../programs/schedule.ts';
import type { ProgramDefinition } from '../programs/types.ts';
import type { TimepointDef } from './types.ts';

const NOMINAL_START = '2024-01-01';
const DAY_MS = 86_400_000;
/** Timepoints due this long after the last planned session still belong to the treatment. */
export const END_OF_TREATMENT_GRACE_DAYS = 14;

export const timepointKey = (planKey: string, occurrence: number): string => `${planKey}#${occurrence}`;

interface Placed {
  key: string;
  label: string;
  day: number | null;
  order: number;
}

function placed(
  def: ProgramDefinition,
  instrumentId: string,
): { points: Placed[]; lastSessionDay: number | null } {
  const sessions = planSessions(def, { startDate: NOMINAL_START, timezone: 'UTC', arm: null, kind: 'all' });
  const zero = Date.parse(`${NOMINAL_START}T00:00:00Z`);
  const due = assessmentsDue(def, {
    enrolledAt: `${NOMINAL_START}T00:00:00.000Z`,
    startDate: NOMINAL_START,
    timezone: 'UTC',
    arm: null,
    sessions: sessions.map((s) => ({
      planKey: s.planKey,
      dosing: s.dosing !== null,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      status: 'scheduled',
    })),
    responses: [],
    now: `${NOMINAL_START}T00:00:00.000Z`,
  });
  const lastEnd = sessions.reduce<number | null>((max, s) => Math.max(max ?? 0, Date.parse(s.endsAt)), null);
  const eachDosing = new Set(def.assessments.filter((a) => a.anchor === 'each-dosing').map((a) => a.key));
  const points = due
    .filter((d) => d.instrumentId === instrumentId)
    .map((d, order) => ({
      key: timepointKey(d.planKey, d.occurrence),
      label: eachDosing.has(d.planKey) ? `${d.label} (dosing ${d.occurrence})` : d.label,
      day: d.dueAt === null ? null : (Date.parse(d.dueAt) - zero) / DAY_MS,
      order,
    }));
  return { points, lastSessionDay: lastEnd === null ? null : (lastEnd - zero) / DAY_MS };
}

/**
 * Timepoints of `instrumentId` across the given versions (newest first wins a key's label).
 * Each-dosing timepoints get the dosing number in their label.
 */
export function programTimepoints(
  versions: readonly ProgramDefinition[],
  instrumentId: string,
): TimepointDef[] {
  const byKey = new Map<string, Placed>();
  let lastSessionDay: number | null = null;
  versions.forEach((def, v) => {
    const p = placed(def, instrumentId);
    if (v === 0) lastSessionDay = p.lastSessionDay;
    for (const point of p.points) if (!byKey.has(point.key)) byKey.set(point.key, point);
  });
  const list = [...byKey.values()].sort(
    (a, b) => (a.day ?? Number.POSITIVE_INFINITY) - (b.day ?? Number.POSITIVE_INFINITY) || a.order - b.order,
  );
  const endLimit = lastSessionDay === null ? null : (lastSessionDay as number) + END_OF_TREATMENT_GRACE_DAYS;
  const inTreatment = (p: Placed, i: number) =>
    i === 0 || endLimit === null || (p.day !== null && p.day <= endLimit);
  let endIndex = -1;
  list.forEach((p, i) => {
    if (i > 0 && inTreatment(p, i)) endIndex = i;
  });
  return list.map((p, i) => ({
    key: p.key,
    label: p.label,
    role:
      i === 0 ? 'baseline' : i === endIndex ? 'end-of-treatment' : i < endIndex ? 'treatment' : 'follow-up',
    nominalDay: p.day === null ? null : Math.round(p.day * 10) / 10,
  }));
}

/** Instruments a program's versions assess, in the order they first appear. */
export function programInstruments(versions: readonly ProgramDefinition[]): string[] {
  const seen = new Set<string>();
  for (const def of versions) for (const a of def.assessments) seen.add(a.instrumentId);
  return [...seen];
}
