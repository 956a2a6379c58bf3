/**
 * Phase 3 rows of a synthetic batch: the questionnaire responses of its enrollments, drawn from each
 * client's own generator at the timepoints the app derives, on the client's score trajectory.
 */
import type { Insertable } from 'kysely';
import type { QuestionnaireResponseTable } from '../../db/schema.ts';
import type { Score } from '../../domain/instruments/types.ts';
import { assessmentsDue } from '../../domain/programs/assessments.ts';
import type { AssessmentDue } from '../../domain/programs/types.ts';
import { rowOf } from '../responses/repository.ts';
import { FLOW, RESPONSES } from './params.ts';
import type { BatchPlan, EnrollmentPlan, RunContext } from './plan.ts';
import { DAY, HOUR, iso, MINUTE } from './time.ts';
import { baselineSeverity, meqMean, observedTotal, scoredAnswers } from './trajectory.ts';

/**
 * The timepoints of an enrollment with their windows, as the app derives them from its sessions
 * (assessmentsDue over the sessions it still has). For an enrollment that ended early, only the
 * timepoints whose anchor the ending did not move: those are the same as for the whole schedule
 * (cached by start date), and responses are only generated for them; the others stay unanswered.
 */
export function enrollmentTimepoints(run: RunContext, e: EnrollmentPlan): AssessmentDue[] {
  const arm = e.arm?.key ?? null;
  const key = `${e.program.id}|${arm}|${e.startDate}`;
  if (e.program.definition.assessments.some((a) => a.anchor === 'enrollment'))
    throw new Error('synthetic programs do not use enrollment-anchored timepoints (cached by start date)');
  const all = run.cache.assessments(key, () =>
    assessmentsDue(e.program.definition, {
      enrolledAt: iso(e.referredAt),
      startDate: e.startDate,
      timezone: run.timezone,
      arm,
      sessions: e.sessions.map((s) => ({
        planKey: s.t.planned.planKey,
        dosing: s.t.planned.dosing !== null,
        startsAt: s.t.planned.startsAt,
        endsAt: s.t.planned.endsAt,
        status: 'scheduled',
      })),
      responses: [],
      now: iso(run.now),
    }),
  );
  if (e.exitAt === null) return all;
  const live = e.sessions.filter((s) => s.live);
  const dosings = e.sessions.filter((s) => s.t.planned.dosing !== null).length;
  const liveDosings = live.filter((s) => s.t.planned.dosing !== null).length;
  const anchors = new Map(e.program.definition.assessments.map((a) => [a.key, a.anchor]));
  return all.filter((t) => {
    switch (anchors.get(t.planKey)) {
      case 'first-dosing':
        return liveDosings > 0;
      case 'each-dosing':
        return t.occurrence <= liveDosings;
      case 'last-dosing':
        return liveDosings === dosings;
      case 'start':
        return true;
      default:
        return live.length === e.sessions.length;
    }
  });
}

/** Phase 3: the questionnaire responses of one batch. */
export function responseRows(run: RunContext, plan: BatchPlan): Insertable<QuestionnaireResponseTable>[] {
  const out: Insertable<QuestionnaireResponseTable>[] = [];
  for (const e of plan.enrollments) responsesOf(run, e, out);
  return out;
}

function responsesOf(
  run: RunContext,
  e: EnrollmentPlan,
  out: Insertable<QuestionnaireResponseTable>[],
): void {
  if (e.firstDoseAt === null || e.eligibleAt === null) return;
  const rng = e.responseRng;
  const timepoints = enrollmentTimepoints(run, e);
  // One sitting per due time: the instruments of a timepoint are answered together.
  const sittings: AssessmentDue[][] = [];
  for (const t of timepoints) {
    if (t.dueAt === null) continue;
    const last = sittings[sittings.length - 1];
    if (last && last[0]!.dueAt === t.dueAt && last[0]!.windowClosesAt === t.windowClosesAt) last.push(t);
    else sittings.push([t]);
  }
  const baselines = new Map<string, number>();
  for (const t of timepoints) {
    if (t.instrumentId !== 'meq-30' && !baselines.has(t.instrumentId))
      baselines.set(t.instrumentId, baselineSeverity(t.instrumentId, e.condition, e.latent, rng));
  }
  const followUps = sittings.filter((s) => Date.parse(s[0]!.dueAt!) >= e.firstDoseAt!).length;
  const lostFrom = rng.chance(FLOW.lostToFollowUp) ? rng.int(0, Math.max(0, followUps - 1)) : null;
  const poor = e.latent.responder < FLOW.poorResponderBelow;
  const margin = RESPONSES.windowMarginHours * HOUR;
  let follow = -1;
  for (const sitting of sittings) {
    const first = sitting[0]!;
    const due = Date.parse(first.dueAt!);
    const opens = Date.parse(first.windowOpensAt!) + margin;
    const closes = Date.parse(first.windowClosesAt!) - margin;
    const isBaseline = due < e.firstDoseAt;
    if (!isBaseline) follow++;
    const months = Math.max(0, (due - e.firstDoseAt) / (30.44 * DAY));
    const missP =
      (isBaseline ? RESPONSES.missBaseline : RESPONSES.missAfterStart + RESPONSES.missPerMonth * months) *
      (poor ? RESPONSES.missFactorPoorResponder : 1);
    const missed = rng.chance(missP);
    let at = due + rng.normal(RESPONSES.delayHours.mean, RESPONSES.delayHours.sd) * HOUR;
    at = Math.min(closes, Math.max(opens, at));
    if (isBaseline) at = Math.min(at, e.firstDoseAt - RESPONSES.baselineBeforeDoseHours * HOUR);
    at = Math.max(at, e.eligibleAt + HOUR);
    if (missed || at > closes || at < opens) continue;
    if (!isBaseline && lostFrom !== null && follow >= lostFrom) continue;
    sitting.forEach((t, k) => {
      const skip = rng.chance(RESPONSES.skipInstrument);
      const when = Math.round((at + k * RESPONSES.minutesBetweenInstruments * MINUTE) / 1000) * 1000;
      if (skip || when > run.now || when > closes || (e.exitAt !== null && when >= e.exitAt)) return;
      const days = (when - e.firstDoseAt!) / DAY;
      const total =
        t.instrumentId === 'meq-30'
          ? meqMean(e.latent, rng)
          : observedTotal(t.instrumentId, baselines.get(t.instrumentId)!, e.course, e.latent, days, rng);
      const { answers, score } = scoredAnswers(t.instrumentId, total, rng);
      const stamp = iso(when);
      out.push(
        syntheticResponseRow({
          id: rng.uuid(),
          organizationId: run.organizationId,
          clientId: e.clientId,
          language: 'en',
          answers,
          score,
          at: stamp,
        }),
      );
    });
  }
}

/** One drawn answer set as a stored response row: scored, imported, entered by no one. */
export function syntheticResponseRow(r: {
  id: string;
  organizationId: string;
  clientId: string;
  language: string;
  answers: Record<string, number | null>;
  score: Score;
  at: string;
}): Insertable<QuestionnaireResponseTable> {
  return rowOf(r.organizationId, {
    id: r.id,
    clientId: r.clientId,
    language: r.language,
    answers: r.answers,
    score: r.score,
    administeredAt: r.at,
    source: 'import',
    enteredByUserId: null,
    now: r.at,
  });
}
