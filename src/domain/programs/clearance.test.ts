import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../medications/defaults.ts';
import { checklistFor } from '../screening/index.ts';
import { type ClearanceInput, dosingClearance } from './clearance.ts';
import { ENROLLMENT_STATUSES } from './types.ts';

const HASH = 'a'.repeat(64);

const ok: ClearanceInput = {
  status: 'consented',
  screeningDecision: 'eligible',
  consentedVersion: 2,
  currentConsentVersion: 2,
  consentedSha256: HASH,
  currentConsentSha256: HASH,
  medications: { items: [], ruleSet: defaultRuleSet('psilocybin'), on: '2026-12-06' },
};

describe('dosingClearance', () => {
  it.each(['consented', 'active'] as const)(
    'clears a %s, eligible client who consented to the current version',
    (status) => {
      expect(dosingClearance({ ...ok, status })).toEqual({ cleared: true, reasons: [], codes: [] });
    },
  );

  it.each(ENROLLMENT_STATUSES.filter((s) => s !== 'consented' && s !== 'active'))(
    'does not clear status %s, with a reason',
    (status) => {
      const c = dosingClearance({ ...ok, status });
      expect(c.cleared).toBe(false);
      expect(c.reasons.length).toBeGreaterThan(0);
    },
  );

  it('puts each hard stop first, by name, before the paperwork', () => {
    const item = checklistFor('psilocybin').items.find((i) => i.severity === 'hard-stop')!;
    const c = dosingClearance({
      ...ok,
      status: 'screening',
      screeningDecision: null,
      consentedVersion: null,
      latestScreening: { modality: 'psilocybin', answers: { [item.id]: 'yes' } },
    });
    expect(c.reasons[0]).toBe(`Hard stop: ${item.text}.`);
    expect(c.reasons.length).toBeGreaterThan(1);
  });

  it('names an undecided eligibility', () => {
    const c = dosingClearance({ ...ok, screeningDecision: null });
    expect(c).toMatchObject({
      cleared: false,
      reasons: ['Eligibility has not been decided by a clinician.'],
      codes: [{ code: 'undecided', params: {} }],
    });
  });

  it('names an ineligible decision once', () => {
    const c = dosingClearance({ ...ok, status: 'ineligible', screeningDecision: 'ineligible' });
    expect(c).toMatchObject({
      cleared: false,
      reasons: ['A clinician decided the client is not eligible.'],
      codes: [{ code: 'ineligible', params: {} }],
    });
  });

  it('names a consent to an older version', () => {
    const c = dosingClearance({ ...ok, consentedVersion: 1 });
    expect(c).toMatchObject({
      cleared: false,
      reasons: ['Consent to version 2 is missing (the client consented to version 1).'],
    });
  });

  it('names a missing consent', () => {
    const c = dosingClearance({ ...ok, status: 'eligible', consentedVersion: null });
    expect(c.cleared).toBe(false);
    expect(c.reasons).toEqual(['The client has not consented (the current consent document is version 2).']);
  });

  it('names a program without a consent document', () => {
    const c = dosingClearance({ ...ok, consentedVersion: null, currentConsentVersion: null });
    expect(c.reasons).toEqual(['The program has no consent document.']);
  });

  it('asks for a new signature when the signed text differs from the current one', () => {
    const c = dosingClearance({ ...ok, consentedSha256: 'b'.repeat(64) });
    expect(c).toMatchObject({
      cleared: false,
      reasons: [
        'The client signed a different text of version 2 (its SHA-256 differs): the client signs again.',
      ],
    });
  });

  it.each([null, undefined, 'not a hash'])('refuses when a document hash is %s', (missing) => {
    expect(dosingClearance({ ...ok, consentedSha256: missing }).cleared).toBe(false);
    expect(dosingClearance({ ...ok, currentConsentSha256: missing }).cleared).toBe(false);
  });

  it('lists every reason for a referred client', () => {
    const c = dosingClearance({
      status: 'referred',
      screeningDecision: null,
      consentedVersion: null,
      currentConsentVersion: 1,
      consentedSha256: null,
      currentConsentSha256: HASH,
      medications: ok.medications,
    });
    expect(c.cleared).toBe(false);
    expect(c.reasons).toEqual([
      'Eligibility has not been decided by a clinician.',
      'The client has not consented (the current consent document is version 1).',
    ]);
  });

  it('names withdrawal and completion', () => {
    expect(dosingClearance({ ...ok, status: 'withdrawn' }).reasons).toEqual([
      'The client has withdrawn from the program.',
    ]);
    expect(dosingClearance({ ...ok, status: 'completed' }).reasons).toEqual([
      'The client has completed the program.',
    ]);
  });

  it('falls back to the status when the records look complete but the status is not consented', () => {
    const c = dosingClearance({ ...ok, status: 'eligible' });
    expect(c).toMatchObject({
      cleared: false,
      reasons: ['The enrollment is eligible: dosing needs a consented or active enrollment.'],
    });
  });

  it('names each hard stop answered yes in the latest screening', () => {
    const c = dosingClearance({
      ...ok,
      status: 'screening',
      screeningDecision: null,
      latestScreening: { modality: 'psilocybin', answers: { lithium: 'yes', maoi: 'no', seizures: 'yes' } },
    });
    expect(c.cleared).toBe(false);
    expect(c.reasons).toContain('Hard stop: Takes lithium.');
    expect(c.reasons.filter((r) => r.startsWith('Hard stop:'))).toEqual(['Hard stop: Takes lithium.']);
    // The web translates the code: the checklist item by its id and version.
    expect(c.codes.filter((r) => r.code === 'screening-hard-stop')).toEqual([
      { code: 'screening-hard-stop', params: expect.objectContaining({ item: expect.any(String) }) },
    ]);
  });

  it('does not clear when the latest screening cannot be read', () => {
    for (const latestScreening of [
      { modality: 'psilocybin', answers: 'garbled' },
      { modality: 'unknown', answers: {} },
      { modality: 'ketamine', answers: null },
    ]) {
      const c = dosingClearance({ ...ok, latestScreening });
      expect(c.cleared).toBe(false);
      expect(c.reasons).toEqual(['The latest screening cannot be read: record a new screening.']);
    }
  });

  it('clears with a screening that has no hard stop', () => {
    const c = dosingClearance({ ...ok, latestScreening: { modality: 'ketamine', answers: {} } });
    expect(c).toEqual({ cleared: true, reasons: [], codes: [] });
  });
});

describe('dosingClearance and medications', () => {
  const lithium = {
    id: 'm1',
    name: 'Priadel',
    medicationClass: 'lithium' as const,
    dose: null,
    startedOn: null,
    stoppedOn: '2026-12-01',
    taper: [],
    source: 'client' as const,
    confirmed: false,
  };
  const rules = (washoutDays: number | null) => ({
    modality: 'psilocybin' as const,
    origin: 'organization' as const,
    rules: [
      { medicationClass: 'lithium' as const, effect: 'hard-stop' as const, washoutDays, source: 'Protocol' },
    ],
  });

  it('a medication hard stop does not clear, named, until its washout has passed', () => {
    const during = dosingClearance({
      ...ok,
      medications: { items: [lithium], ruleSet: rules(30), on: '2026-12-31' },
    });
    expect(during).toMatchObject({
      cleared: false,
      reasons: [
        'Hard stop: Priadel, lithium (reported by the client): last dose 2026-12-01; applies until 2026-12-31 (washout 30 days).',
      ],
    });
    expect(
      dosingClearance({ ...ok, medications: { items: [lithium], ruleSet: rules(30), on: '2027-01-01' } }),
    ).toMatchObject({
      cleared: true,
      reasons: [],
    });
  });

  it('a medication list that cannot be read does not clear', () => {
    const c = dosingClearance({ ...ok, medications: 'unreadable' });
    expect(c.cleared).toBe(false);
    expect(c.reasons[0]).toMatch(/medication list or the medication rules cannot be read/);
  });
});
