import { describe, expect, it } from 'vitest';
import { assessmentsDue } from '../../domain/programs/assessments.ts';
import { canTransition } from '../../domain/programs/status.ts';
import type { EnrollmentStatus } from '../../domain/programs/types.ts';
import { checklistFor } from '../../domain/screening/index.ts';
import { planBatch } from './generate.ts';
import { PROGRAMS, type ProgramKey } from './params.ts';
import { peopleRows } from './people-rows.ts';
import { type BatchPlan, GenerationCache, type RunContext } from './plan.ts';
import { PROGRAM_KEYS, type SyntheticProgram, syntheticDefinition } from './programs.ts';
import { responseRows } from './response-rows.ts';
import { sessionRows } from './session-rows.ts';

const NOW = Date.parse('2026-06-15T00:00:00Z');

function testRun(clients: number, firstClientNumber = 1): RunContext {
  const programs = {} as Record<ProgramKey, SyntheticProgram>;
  for (const key of PROGRAM_KEYS) {
    const definition = syntheticDefinition(PROGRAMS[key]);
    programs[key] = {
      spec: PROGRAMS[key],
      id: `program-${key}`,
      version: 1,
      definition,
      consentDocumentId: `consent-${key}`,
      consentVersion: 1,
      consentSha256: 'a'.repeat(64),
      checklist: checklistFor(definition.modality),
    };
  }
  return {
    organizationId: 'org-1',
    timezone: 'Europe/Amsterdam',
    now: NOW,
    seed: 42,
    firstClientNumber,
    clients,
    programs,
    cache: new GenerationCache(),
  };
}

describe('synthetic program definitions', () => {
  it('validate, and the KAP program has two arms with arm-only integration sessions', () => {
    const kap = syntheticDefinition(PROGRAMS.kap);
    expect(kap.arms.map((a) => a.key)).toEqual(['ketamine-alone', 'ketamine-psychotherapy']);
    expect(kap.sessions.find((s) => s.key === 'integration-session')?.arms).toEqual([
      'ketamine-psychotherapy',
    ]);
    expect(new Set(kap.assessments.map((a) => a.instrumentId))).toEqual(
      new Set(['phq-9', 'gad-7', 'pcl-5', 'who-5']),
    );
    expect(syntheticDefinition(PROGRAMS.retreat).format).toBe('cohort');
    expect(syntheticDefinition(PROGRAMS.ptsd).assessments).toHaveLength(9);
  });
});

// Schedules are computed with luxon (slow on a busy machine): generous timeouts.
describe('synthetic batches', { timeout: 60_000 }, () => {
  const run = testRun(1500);
  const plans: BatchPlan[] = [planBatch(run, 0), planBatch(run, 1)];

  it('are the same rows every time they are generated', () => {
    const again = testRun(1500);
    const a = planBatch(again, 1);
    expect(peopleRows(again, a)).toEqual(peopleRows(run, plans[1]!));
    expect(sessionRows(again, a)).toEqual(sessionRows(run, plans[1]!));
    expect(responseRows(again, a)).toEqual(responseRows(run, planBatch(run, 1)));
  });

  it('name clients by number and give later clients other ids', () => {
    const rows = peopleRows(run, plans[0]!).clients;
    expect(rows[0]).toMatchObject({
      given_name: 'Synthetic',
      family_name: '000001',
      email: null,
      language: 'en',
    });
    const later = testRun(10, 2001);
    const ids = new Set(rows.map((c) => c.id));
    for (const c of peopleRows(later, planBatch(later, 0)).clients) {
      expect(ids.has(c.id)).toBe(false);
      expect(c.family_name).toMatch(/^0020(0[1-9]|10)$/);
    }
  });

  it('move every enrollment along legal status transitions, in time order, up to now', () => {
    const statuses = new Map<string, number>();
    for (const plan of plans) {
      const rows = peopleRows(run, plan);
      for (const e of rows.enrollments) {
        const events = rows.events.filter((v) => v.enrollment_id === e.id);
        expect(events[0]).toMatchObject({ from_status: null, to_status: 'referred' });
        for (let i = 1; i < events.length; i++) {
          const [prev, cur] = [events[i - 1]!, events[i]!];
          expect(cur.from_status).toBe(prev.to_status);
          expect(canTransition(cur.from_status as EnrollmentStatus, cur.to_status as EnrollmentStatus)).toBe(
            true,
          );
          expect(cur.at >= prev.at).toBe(true);
          if (cur.to_status === 'withdrawn') expect(cur.reason).toBeTruthy();
        }
        expect(Date.parse(events.at(-1)!.at)).toBeLessThanOrEqual(NOW);
        expect(e.status).toBe(events.at(-1)!.to_status);
        expect(e.version).toBe(events.length);
        statuses.set(e.status!, (statuses.get(e.status!) ?? 0) + 1);
      }
    }
    const share = (s: string) => (statuses.get(s) ?? 0) / 1500;
    expect(share('completed')).toBeGreaterThan(0.5);
    expect(share('ineligible')).toBeGreaterThan(0.05);
    expect(share('ineligible')).toBeLessThan(0.15);
    expect(share('withdrawn')).toBeGreaterThan(0.1);
    expect(share('withdrawn')).toBeLessThan(0.3);
    expect((statuses.get('active') ?? 0) + (statuses.get('consented') ?? 0)).toBeGreaterThan(0);
  });

  it('attend dosing sessions only when consented, and nothing after leaving', () => {
    for (const plan of plans) {
      for (const e of plan.enrollments) {
        for (const s of e.sessions) {
          if (s.attendance === 'attended' && s.t.planned.dosing) expect(e.consent).not.toBeNull();
          if (e.exitAt !== null && s.t.start > e.exitAt) {
            expect(s.live).toBe(false);
            expect(s.attendance).toBeNull();
          }
          if (s.t.start > NOW) expect(s.attendance).toBeNull();
        }
      }
    }
  });

  it('time every response inside a window of its enrollment, matched as the app matches them', () => {
    let responses = 0;
    for (const plan of plans) {
      const rows = responseRows(run, plan);
      responses += rows.length;
      const byClient = new Map<string, typeof rows>();
      for (const r of rows) byClient.set(r.client_id, [...(byClient.get(r.client_id) ?? []), r]);
      for (const e of plan.enrollments) {
        const mine = byClient.get(e.clientId) ?? [];
        // The uncached path: the enrollment's stored sessions, the responses, the app's rules.
        const due = assessmentsDue(e.program.definition, {
          enrolledAt: new Date(e.referredAt).toISOString(),
          startDate: e.startDate,
          timezone: run.timezone,
          arm: e.arm?.key ?? null,
          sessions: e.sessions
            .filter((s) => s.live || s.groupIndex === null)
            .map((s) => ({
              planKey: s.t.planned.planKey,
              dosing: s.t.planned.dosing !== null,
              startsAt: s.t.planned.startsAt,
              endsAt: s.t.planned.endsAt,
              status: s.status,
            })),
          responses: mine.map((r) => ({
            id: r.id,
            instrumentId: r.instrument_id,
            administeredAt: r.administered_at as string,
          })),
          now: new Date(NOW).toISOString(),
        });
        const matched = new Set(due.map((d) => d.responseId).filter(Boolean));
        expect(matched.size, `enrollment ${e.id}`).toBe(mine.length);
        for (const r of mine) {
          expect(Date.parse(r.administered_at as string)).toBeLessThanOrEqual(NOW);
          if (e.exitAt !== null) expect(Date.parse(r.administered_at as string)).toBeLessThan(e.exitAt);
        }
      }
    }
    // About ten responses per client (the benchmark's ratio).
    expect(responses / 1500).toBeGreaterThan(8);
    expect(responses / 1500).toBeLessThan(12);
  });
});
