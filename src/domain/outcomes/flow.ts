/**
 * The CONSORT-style flow of a program: how many enrollments reached each stage, and why the
 * others stopped where they did (still there, ineligible, withdrew), then how many of those who
 * started were assessed at each follow-up timepoint.
 */
import { FLOW_STAGES, type FlowNode, type FlowStage } from './types.ts';

export interface FlowCount {
  /** The furthest stage reached. */
  reached: FlowStage;
  /** The current enrollment status. */
  status: string;
  n: number;
}

export interface FollowUpCount {
  key: string;
  label: string;
  /** Started enrollments for whom the timepoint is due, and those assessed at it. */
  expected: number;
  assessed: number;
}

const STAGE_LABELS: Record<FlowStage, string> = {
  referred: 'Referred',
  screened: 'Assessed for eligibility',
  eligible: 'Eligible',
  consented: 'Consented',
  started: 'Started treatment',
  completed: 'Completed treatment',
};

/** Who stopped at a stage, by their current status. */
const WAITING: Partial<Record<FlowStage, Record<string, string>>> = {
  referred: { referred: 'not screened yet' },
  screened: { screening: 'screening in progress', ineligible: 'not eligible' },
  eligible: { eligible: 'awaiting consent' },
  consented: { consented: 'not started yet' },
  started: { active: 'in treatment' },
};

export function consortFlow(counts: readonly FlowCount[], followUps: readonly FollowUpCount[]): FlowNode[] {
  const rank = (s: FlowStage) => FLOW_STAGES.indexOf(s);
  const nodes: FlowNode[] = FLOW_STAGES.map((stage) => {
    const n = counts.filter((c) => rank(c.reached) >= rank(stage)).reduce((sum, c) => sum + c.n, 0);
    const exits = new Map<string, number>();
    for (const c of counts) {
      if (c.reached !== stage || stage === 'completed') continue;
      const reason = c.status === 'withdrawn' ? 'withdrew' : (WAITING[stage]?.[c.status] ?? c.status);
      exits.set(reason, (exits.get(reason) ?? 0) + c.n);
    }
    return {
      key: stage,
      label: STAGE_LABELS[stage],
      n,
      exits: [...exits].map(([reason, k]) => ({ reason, n: k })).filter((e) => e.n > 0),
    };
  });
  const started = nodes[FLOW_STAGES.indexOf('started')]!.n;
  for (const f of followUps) {
    nodes.push({
      key: `follow-up:${f.key}`,
      label: `Assessed at ${f.label}`,
      n: f.assessed,
      exits: [
        { reason: 'missed', n: f.expected - f.assessed },
        { reason: 'not due yet', n: started - f.expected },
      ].filter((e) => e.n > 0),
    });
  }
  return nodes;
}
