import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { PSILOCYBIN_CHECKLIST } from '../screening/checklists/psilocybin.ts';
import { CHECKLISTS } from '../screening/index.ts';
import {
  applicantKeySource,
  assertOfferTransition,
  checkApplicationDecision,
  freesPlace,
  ITEM_TEXT_NL,
  isExpired,
  isPubliclyVisible,
  normalizeApplication,
  normalizeListing,
  offerDeadline,
  placementFor,
  placesLeft,
  refundFor,
  reportedDraft,
  selfReportForm,
} from './index.ts';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.fields[0]?.field ?? e.kind;
    throw e;
  }
  return null;
};

const allNo = Object.fromEntries(PSILOCYBIN_CHECKLIST.items.map((i) => [i.id, 'no']));
const applicant = {
  givenName: ' Noor ',
  familyName: 'de Vries',
  email: ' Noor@Example.NL ',
  dateOfBirth: '1990-04-02',
  language: 'nl',
  answers: allNo,
};

describe('listing', () => {
  const listing = {
    published: true,
    endDate: '2027-03-07',
    currency: 'eur',
    priceMinor: 180000,
    depositMinor: 50000,
    balanceDueDate: '2027-02-01',
    cancellationTiers: [
      { minDaysBefore: 14, refundPercent: 50 },
      { minDaysBefore: 60, refundPercent: 100 },
    ],
    places: 10,
    waitlistSize: 5,
    holdDays: 7,
  };
  const cohort = { startDate: '2027-03-01', capacity: 12 };

  it('normalises currency and sorts tiers from the earliest cancellation', () => {
    const out = normalizeListing(listing, cohort);
    expect(out.currency).toBe('EUR');
    expect(out.cancellationTiers.map((t) => t.minDaysBefore)).toEqual([60, 14]);
  });

  it('names the field it refuses', () => {
    expect(fieldOf(() => normalizeListing({ ...listing, depositMinor: 200000 }, cohort))).toBe(
      'depositMinor',
    );
    expect(fieldOf(() => normalizeListing({ ...listing, priceMinor: 10.5 }, cohort))).toBe('priceMinor');
    expect(fieldOf(() => normalizeListing({ ...listing, currency: 'euro' }, cohort))).toBe('currency');
    expect(fieldOf(() => normalizeListing({ ...listing, places: 13 }, cohort))).toBe('places');
    expect(fieldOf(() => normalizeListing({ ...listing, endDate: '2027-02-28' }, cohort))).toBe('endDate');
    expect(fieldOf(() => normalizeListing({ ...listing, balanceDueDate: '2027-03-02' }, cohort))).toBe(
      'balanceDueDate',
    );
    expect(fieldOf(() => normalizeListing({ ...listing, holdDays: 0 }, cohort))).toBe('holdDays');
    expect(
      fieldOf(() =>
        normalizeListing(
          {
            ...listing,
            cancellationTiers: [
              { minDaysBefore: 60, refundPercent: 50 },
              { minDaysBefore: 14, refundPercent: 80 },
            ],
          },
          cohort,
        ),
      ),
    ).toBe('cancellationTiers');
    expect(
      fieldOf(() =>
        normalizeListing(
          { ...listing, cancellationTiers: [{ minDaysBefore: 1, refundPercent: 101 }] },
          cohort,
        ),
      ),
    ).toBe('cancellationTiers.0.refundPercent');
  });
});

describe('places, waitlist and visibility', () => {
  it('counts places left, never below zero', () => {
    expect(placesLeft({ places: 3, held: 1 })).toBe(2);
    expect(placesLeft({ places: 3, held: 5 })).toBe(0);
  });

  it('offers while places are left, then waitlists, then is full', () => {
    expect(placementFor({ places: 2, held: 1, waiting: 0, waitlistSize: 1 })).toBe('offer');
    expect(placementFor({ places: 2, held: 2, waiting: 0, waitlistSize: 1 })).toBe('waitlist');
    expect(placementFor({ places: 2, held: 2, waiting: 1, waitlistSize: 1 })).toBe('full');
    expect(placementFor({ places: 2, held: 2, waiting: 0, waitlistSize: 0 })).toBe('full');
  });

  it('shows only published, uncancelled cohorts that have not started', () => {
    const c = { published: true, cancelledAt: null, startDate: '2027-03-01' };
    expect(isPubliclyVisible(c, '2027-02-28')).toBe(true);
    expect(isPubliclyVisible(c, '2027-03-01')).toBe(false);
    expect(isPubliclyVisible({ ...c, published: false }, '2027-01-01')).toBe(false);
    expect(isPubliclyVisible({ ...c, cancelledAt: '2027-01-01T00:00:00Z' }, '2027-01-01')).toBe(false);
  });
});

describe('cancellation refunds', () => {
  const tiers = [
    { minDaysBefore: 60, refundPercent: 100 },
    { minDaysBefore: 14, refundPercent: 50 },
  ];
  it('applies the tier for the days before the start', () => {
    expect(refundFor(tiers, 50000, '2027-01-01', '2027-03-02').refundMinor).toBe(50000);
    expect(refundFor(tiers, 50000, '2027-01-02', '2027-03-02')).toMatchObject({
      daysBefore: 59,
      refundMinor: 25000,
    });
    expect(refundFor(tiers, 50000, '2027-02-16', '2027-03-02')).toMatchObject({
      daysBefore: 14,
      refundMinor: 25000,
    });
    expect(refundFor(tiers, 50000, '2027-02-17', '2027-03-02')).toMatchObject({ tier: null, refundMinor: 0 });
  });
  it('rounds down to whole minor units', () => {
    expect(
      refundFor([{ minDaysBefore: 0, refundPercent: 33 }], 1001, '2027-01-01', '2027-01-02').refundMinor,
    ).toBe(330);
  });
  it('refunds nothing after the start and refuses a negative amount', () => {
    expect(refundFor(tiers, 100, '2027-03-03', '2027-03-02').refundMinor).toBe(0);
    expect(fieldOf(() => refundFor(tiers, -1, '2027-01-01', '2027-03-02'))).toBe('paidMinor');
  });
});

describe('offers', () => {
  it('hold for N days and expire at the deadline', () => {
    const deadline = offerDeadline('2027-01-01T10:00:00.000Z', 7);
    expect(deadline).toBe('2027-01-08T10:00:00.000Z');
    expect(isExpired({ status: 'offered', expiresAt: deadline }, '2027-01-08T09:59:59.000Z')).toBe(false);
    expect(isExpired({ status: 'offered', expiresAt: deadline }, deadline)).toBe(true);
    expect(isExpired({ status: 'accepted', expiresAt: deadline }, '2028-01-01T00:00:00.000Z')).toBe(false);
  });
  it('refuse an answer after the deadline and moves the status does not allow', () => {
    const o = { status: 'offered' as const, expiresAt: '2027-01-08T10:00:00.000Z' };
    expect(() => assertOfferTransition(o, 'accepted', '2027-01-02T00:00:00.000Z')).not.toThrow();
    expect(fieldOf(() => assertOfferTransition(o, 'accepted', '2027-01-09T00:00:00.000Z'))).toBe('conflict');
    expect(
      fieldOf(() => assertOfferTransition({ ...o, status: 'declined' }, 'accepted', '2027-01-02T00:00:00Z')),
    ).toBe('conflict');
  });
  it('free a place when leaving a holding status', () => {
    expect(freesPlace('offered', 'expired')).toBe(true);
    expect(freesPlace('accepted', 'withdrawn')).toBe(true);
    expect(freesPlace('offered', 'accepted')).toBe(false);
  });
});

describe('application', () => {
  const today = '2026-12-06';
  it('normalises a valid application', () => {
    const a = normalizeApplication(applicant, PSILOCYBIN_CHECKLIST, today);
    expect(a).toMatchObject({ givenName: 'Noor', email: 'noor@example.nl', language: 'nl' });
    expect(applicantKeySource(a)).toBe('noor@example.nl|1990-04-02');
  });
  it('names each bad field', () => {
    const f = (patch: object) =>
      fieldOf(() => normalizeApplication({ ...applicant, ...patch }, PSILOCYBIN_CHECKLIST, today));
    expect(f({ givenName: '  ' })).toBe('givenName');
    expect(f({ email: 'not-an-email' })).toBe('email');
    expect(f({ dateOfBirth: '1990-02-30' })).toBe('dateOfBirth');
    expect(f({ dateOfBirth: '2010-01-01' })).toBe('dateOfBirth');
    expect(f({ language: 'de' })).toBe('language');
    expect(f({ answers: { ...allNo, lithium: 'maybe' } })).toBe('answers.lithium');
    expect(f({ answers: { ...allNo, unknownItem: 'no' } })).toBe('answers.unknownItem');
    const { maoi: _, ...missing } = allNo;
    expect(f({ answers: missing })).toBe('answers.maoi');
    expect(f({ medications: [{ name: ' ' }] })).toBe('medications.0.name');
  });
});

describe('self-report', () => {
  it('has Dutch wording for every item of every checklist', () => {
    for (const list of Object.values(CHECKLISTS)) {
      for (const q of selfReportForm(list, 'nl').questions) expect(q.translated, q.id).toBe(true);
    }
    expect(Object.keys(ITEM_TEXT_NL).length).toBeGreaterThan(20);
  });
  it('asks about lithium, MAOIs and SSRIs in the applicant’s language', () => {
    const nl = selfReportForm(PSILOCYBIN_CHECKLIST, 'nl').questions.map((q) => q.id);
    expect(nl).toEqual(expect.arrayContaining(['lithium', 'maoi', 'serotonergic-medication']));
    expect(selfReportForm(PSILOCYBIN_CHECKLIST, 'en').questions[0]!.text).toBe(
      PSILOCYBIN_CHECKLIST.items[0]!.text,
    );
  });
  it('becomes a screening draft marked as reported by the client, with no vitals', () => {
    const d = reportedDraft(
      { answers: { lithium: 'yes' }, medications: [], submittedOn: '2026-12-06' },
      'en',
    );
    expect(d.answers).toEqual({ lithium: 'yes' });
    expect(d.vitals).toEqual({});
    expect(d.notes).toMatch(/Reported by the client/);
    expect(reportedDraft({ answers: {}, medications: [], submittedOn: '2026-12-06' }, 'nl').notes).toMatch(
      /Door de cliënt zelf opgegeven/,
    );
  });
  it('keeps a clinician from finding eligible a reported hard stop or an unknown answer', () => {
    expect(checkApplicationDecision(PSILOCYBIN_CHECKLIST, allNo as never, 'eligible', [' fits '])).toEqual([
      'fits',
    ]);
    expect(
      fieldOf(() =>
        checkApplicationDecision(PSILOCYBIN_CHECKLIST, { ...allNo, lithium: 'yes' } as never, 'eligible', [
          'x',
        ]),
      ),
    ).toBe('conflict');
    expect(
      fieldOf(() =>
        checkApplicationDecision(PSILOCYBIN_CHECKLIST, { ...allNo, maoi: 'unknown' } as never, 'eligible', [
          'x',
        ]),
      ),
    ).toBe('conflict');
    expect(
      checkApplicationDecision(PSILOCYBIN_CHECKLIST, { ...allNo, lithium: 'yes' } as never, 'ineligible', [
        'lithium',
      ]),
    ).toEqual(['lithium']);
    expect(
      fieldOf(() => checkApplicationDecision(PSILOCYBIN_CHECKLIST, allNo as never, 'ineligible', ['  '])),
    ).toBe('reasons');
  });
});
