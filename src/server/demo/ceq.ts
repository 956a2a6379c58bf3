/**
 * The demo's CEQ (issue 19 part 1), in the synthetic organization: Threshold ships no CEQ item
 * texts, so the organization stores a SYNTHETIC DEMO copy — placeholder texts that say to import
 * the licensed copy, a demo assignment of items to the seven factors (not the published key) and a
 * licence note saying so — through the same path an organization uses (src/server/ceq/service.ts).
 * It sets a CEQ threshold, schedules the CEQ right after each dosing session in the dosing programs
 * (a new program version, through the programs service), and generates CEQ responses after most
 * doses: higher dose → somewhat higher CEQ, with noise, a few above the threshold, so the
 * integration window raises its challenging-experience alerts and pulls contacts forward as it would
 * for real answers. A BUILT-IN association of the synthetic data, not a finding. Deterministic:
 * the generator's PRNG, rows in id order, the same on SQLite and PostgreSQL.
 */
import { CEQ_FACTOR_KEYS, CEQ_ID, CEQ_ITEM_COUNT } from '../../domain/instruments/ceq/facts.ts';
import type { AssessmentPlan } from '../../domain/programs/types.ts';
import { systemActor } from '../audit/audit-log.ts';
import { putCeqCopy } from '../ceq/service.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { instrumentOf } from '../instruments/of-organization.ts';
import { updateOrganization } from '../organizations/service.ts';
import * as programsRepo from '../programs/repository.ts';
import { loadDefinition, updateProgram } from '../programs/service.ts';
import { Rng } from '../synthetic/prng.ts';
import { syntheticResponseRow } from '../synthetic/response-rows.ts';
import { insertRows } from '../synthetic/write.ts';

const DEMO = 'SYNTHETIC DEMO copy';

/** Items dealt to the seven factors in turn: a demo structure, not the CEQ's published key. */
const demoKey = () =>
  Object.fromEntries(
    CEQ_FACTOR_KEYS.map((f, k) => [
      f,
      Array.from({ length: CEQ_ITEM_COUNT }, (_, i) => i + 1).filter(
        (n) => (n - 1) % CEQ_FACTOR_KEYS.length === k,
      ),
    ]),
  );

export const DEMO_CEQ_COPY = {
  language: 'en',
  instructions: `${DEMO}: these are not the CEQ's instructions or items. Import your licensed CEQ copy under Instruments.`,
  items: Array.from(
    { length: CEQ_ITEM_COUNT },
    (_, i) => `SYNTHETIC demo item ${i + 1} — import your licensed CEQ copy`,
  ),
  options: Array.from({ length: 6 }, (_, i) => `SYNTHETIC demo label ${i}`),
  key: demoKey(),
  licence: `${DEMO} for trying Threshold: no licence, no CEQ texts; the factor structure is a demo assignment (items dealt to the factors in turn), not the published key.`,
};

/** The demo organization's CEQ threshold (mean of 26 items, 0–5): a demo setting. */
export const DEMO_CEQ_THRESHOLD = 3;
const SHARE_ANSWERED = 0.8;
const HOUR = 3_600_000;

const CEQ_PLAN: AssessmentPlan = {
  key: 'ceq-after-dosing',
  instrumentId: CEQ_ID,
  label: 'After each dosing session (CEQ)',
  anchor: 'each-dosing',
  dosingNumbers: null,
  offset: { amount: 3, unit: 'hours' },
  window: { beforeDays: 0, afterDays: 2 },
  arms: null,
};

/** Adds the CEQ after dosing to every program with dosing sessions (a new version each). */
async function scheduleCeq(ctx: AppContext, scope: OrgScope): Promise<number> {
  let n = 0;
  for (const p of await programsRepo.listPrograms(ctx.db.kysely, scope.organizationId, 'all')) {
    const def = await loadDefinition(ctx.db.kysely, scope.organizationId, p.id, p.current_version);
    if (!def.sessions.some((s) => s.dosing) || def.assessments.some((a) => a.instrumentId === CEQ_ID))
      continue;
    await updateProgram(ctx, scope, p.id, {
      baseVersion: p.current_version,
      definition: { ...def, assessments: [...def.assessments, CEQ_PLAN] },
    });
    n++;
  }
  return n;
}

interface Dose {
  id: string;
  client_id: string;
  substance_kind: string | null;
  dose_mg: number;
  weight_kg: number | null;
  started_at: string;
}

/** A dose's position among its substance's doses, 0 (lowest) to 1 (highest): mg/kg where known. */
function relativeDose(doses: readonly Dose[]): Map<string, number> {
  const amount = (d: Dose) => (d.weight_kg ? Number(d.dose_mg) / Number(d.weight_kg) : Number(d.dose_mg));
  const out = new Map<string, number>();
  for (const kind of new Set(doses.map((d) => d.substance_kind))) {
    const same = doses.filter((d) => d.substance_kind === kind);
    const values = same.map(amount);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    for (const d of same) out.set(d.id, hi > lo ? (amount(d) - lo) / (hi - lo) : 0.5);
  }
  return out;
}

/** 26 answers 0–5 around a target mean (higher dose → higher target), with noise per item. */
function answersFor(rng: Rng, relative: number): Record<string, number> {
  const target = 0.7 + 1.5 * relative + rng.normal(0, 0.55);
  return Object.fromEntries(
    Array.from({ length: CEQ_ITEM_COUNT }, (_, i) => [
      `q${i + 1}`,
      Math.round(Math.min(5, Math.max(0, target + rng.normal(0, 0.8)))),
    ]),
  );
}

/** CEQ responses after most of the organization's doses, scored with its stored copy. */
async function seedResponses(ctx: AppContext, organizationId: string, seed: number, now: number) {
  const rng = new Rng(`demo-ceq-${seed}`);
  const db = ctx.db.kysely;
  const ceq = await instrumentOf(db, organizationId, CEQ_ID);
  if (!ceq) throw new Error('the demo CEQ copy was not stored');
  const doses: Dose[] = await db
    .selectFrom('dosing_records')
    .select(['id', 'client_id', 'substance_kind', 'dose_mg', 'weight_kg', 'started_at'])
    .where('organization_id', '=', organizationId)
    .orderBy('id')
    .execute();
  const relative = relativeDose(doses);
  const rows = doses.flatMap((d) => {
    const answered = rng.chance(SHARE_ANSWERED);
    const answers = answersFor(rng, relative.get(d.id)!);
    const when = Date.parse(new Date(d.started_at).toISOString()) + 3 * HOUR + rng.int(0, 120) * 60_000;
    if (!answered || when > now) return [];
    const score = ceq.score(answers);
    return [
      syntheticResponseRow({
        id: rng.uuid(),
        organizationId,
        clientId: d.client_id,
        language: DEMO_CEQ_COPY.language,
        answers,
        score,
        at: new Date(when).toISOString(),
      }),
    ];
  });
  await db.transaction().execute((trx) => insertRows(trx, ctx.db.dialect, 'questionnaire_responses', rows));
  return { responses: rows.length, above: rows.filter((r) => r.total > DEMO_CEQ_THRESHOLD).length };
}

/** The demo CEQ in one organization: copy, threshold, schedule and responses. */
export async function seedDemoCeq(ctx: AppContext, organizationId: string, seed = 1) {
  const scope: OrgScope = { organizationId, role: 'owner', actor: systemActor('seed --demo') };
  await putCeqCopy(ctx, scope, DEMO_CEQ_COPY);
  await updateOrganization(ctx, scope, { ceqThreshold: DEMO_CEQ_THRESHOLD });
  const programs = await scheduleCeq(ctx, scope);
  return { programs, ...(await seedResponses(ctx, organizationId, seed, Date.now())) };
}
