/**
 * The demo's at-home ketamine program (issue 19 part 6): ketamine lozenges (sublingual) taken at
 * home, in Dutch as the demo clinic works. One demo client goes through it by the services a clinic
 * uses, so every gate runs: enrolment (sessions generated, dosing places held), screening, the
 * clinician's decision, consent (places booked), a named support person who attested to the
 * duties, a baseline blood pressure before each dose, the dose itself (refused without all of
 * these), and the timed check-ins with blood pressure and pulse — answered by the client in the
 * portal and by the support person's link, one left unanswered, which the scheduler's step marks
 * missed and alerts on.
 *
 * The story starts three weeks before the seed runs, and the services stamp what they store with
 * the moment they run; so the seed then sets the stored times of its own demo records (the program,
 * its consent text, the enrollment's status history, the screening and decision, the consent, the
 * support person) to the story's times, so the client's record reads in order; the enrollment row
 * keeps its creation time, so the demo's other enrollments stay the first made. The
 * consent text's publication is set back before the consent is recorded, so the real rule (signed
 * after publication) runs on it. The audit trail keeps when the seed wrote each record. Doses,
 * vitals and check-in answers carry their own times through the services; the answers of past
 * check-ins are given at their own moments through the same answer rules. The session of today is
 * booked and ready (support person attested), not dosed: the facilitator records it.
 *
 * Everything here is demo data: the dose is a demo value (a lozenge dose is set by the clinic; this
 * is no clinical guidance), the lot and its supplier are not a real product.
 */
import { DateTime } from 'luxon';
import { SUPPORT_ATTESTATION_VERSION } from '../../domain/dosing/at-home.ts';
import { DEFAULT_INTEGRATION } from '../../domain/integration-window/settings.ts';
import { DEFAULT_REMINDER_EVERY_DAYS } from '../../domain/programs/definition.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import { checklistFor } from '../../domain/screening/index.ts';
import { raiseMissedCheckins } from '../at-home/missed.ts';
import { answerByLink, answerInPortal, createSupportLink } from '../at-home/service.ts';
import { putProgramSettings } from '../at-home/settings.ts';
import { putSupportPerson } from '../at-home/support.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { addBaselineVitals } from '../dosing/day.ts';
import { createDosingRecord, updateDosingRecord } from '../dosing/service.ts';
import { decideScreening, recordConsent, recordScreening } from '../enrollments/screening.ts';
import { createEnrollment } from '../enrollments/service.ts';
import { createLot } from '../lots/service.ts';
import { organizationTimezone } from '../organizations/repository.ts';
import { createConsentDocument, createProgram } from '../programs/service.ts';
import { sessionsOfEnrollment } from '../sessions/repository.ts';
import { setAttendance } from '../sessions/service.ts';

/** The demo's values: each one a demo value, none a recommendation. */
export const DEMO_AT_HOME = {
  programName: 'Ketamine thuis met zuigtabletten (demo)',
  lotCode: 'DEMO-KET-ZT-01',
  /** Check-ins 30, 60 and 120 minutes after the start, missed 15 minutes after they were due. */
  checkinMinutes: [30, 60, 120],
  graceMinutes: 15,
  /** A demo value for the demo's records, not a dose to give: the clinic sets its own. */
  doseMg: 100,
  weightKg: 78,
  supportPerson: { name: 'Yasmina El Amrani', phone: '+31 6 1234 0007', relationship: 'partner' },
} as const;

const DOSE_NOTE =
  'Demodosis: een demowaarde om Threshold te proberen, geen klinisch advies. De kliniek stelt de dosis ' +
  'van de zuigtabletten zelf vast.';

const CONSENT = `Demo-toestemmingsdocument — vervang het door de eigen tekst van uw organisatie voordat u het gebruikt.

Deze tekst staat voor de informatie die een cliënt leest en ondertekent voordat die meedoet: wat het programma
inhoudt, dat de ketamine-zuigtabletten thuis worden genomen met een steunpersoon erbij, de bekende risico's, wat te
doen en wie te bellen in een noodgeval, hoe de gegevens worden bewaard, en dat de cliënt op elk moment kan stoppen
zonder een reden te geven.`;

/** The program: a preparation talk at the practice, then four weekly lozenge sessions at home. */
export function atHomeDefinition(): ProgramDefinition {
  return {
    name: DEMO_AT_HOME.programName,
    description:
      'Demoprogramma: ketamine-ondersteunde therapie waarin de cliënt een sublinguale ketamine-zuigtablet ' +
      'thuis neemt, met een steunpersoon erbij die de taken heeft ondertekend. Tijdens elke sessie ' +
      'beantwoorden de cliënt of de steunpersoon check-ins op vaste tijden, met bloeddruk en hartslag; een ' +
      'gemiste check-in geeft een melding. De dosis is een demowaarde: de kliniek stelt die zelf vast.',
    modality: 'ketamine',
    format: 'individual',
    arms: [],
    sessions: [
      {
        key: 'voorbereiding',
        name: 'Voorbereidend gesprek in de praktijk',
        phase: 'preparation',
        kind: 'personal',
        dosing: null,
        days: [-3],
        startTime: '14:00',
        durationMinutes: 60,
        facilitatorsNeeded: 1,
        arms: null,
        description:
          'Kennismaking, uitleg over de zuigtabletten en de check-ins, en afspraken met de steunpersoon.',
      },
      {
        key: 'zuigtablet-thuis',
        name: 'Ketamine-zuigtablet thuis',
        phase: 'immersion',
        kind: 'personal',
        dosing: { substance: 'ketamine', route: 'sublingual', mgPerKg: null },
        days: [0, 7, 14, 21],
        startTime: '19:00',
        durationMinutes: 180,
        facilitatorsNeeded: 1,
        arms: null,
        description:
          'De cliënt neemt thuis de zuigtablet, met de steunpersoon erbij; de begeleider meet vooraf de ' +
          'bloeddruk (videogesprek) en legt de dosis vast. Demodosis 100 mg: een demowaarde, geen advies.',
      },
    ],
    assessments: [],
    // The demo clinic's pre-dose limit, as on its other ketamine program (a clinic setting).
    safety: { preDoseSystolicMax: 160, preDoseDiastolicMax: 100 },
    reminderEveryDays: DEFAULT_REMINDER_EVERY_DAYS,
    integration: { ...DEFAULT_INTEGRATION },
    source: null,
  };
}

const minutes = (iso: string, m: number) => new Date(Date.parse(iso) + m * 60_000);

/** The story's moments, from the start date (day 0) in the organization's zone. */
function storyTimes(day0: DateTime) {
  const at = (days: number, hour: number, minute = 0) =>
    day0.plus({ days }).set({ hour, minute }).toUTC().toISO()!;
  return {
    programMade: at(-30, 9),
    referred: at(-21, 10),
    screened: at(-20, 11),
    decided: at(-19, 16),
    consented: at(-3, 14, 30),
    attested: at(-3, 14, 45),
  };
}

type Times = ReturnType<typeof storyTimes>;

/** The consent text published before the client signs it (the consent rule then runs on it). */
const publishConsentAt = (ctx: AppContext, organizationId: string, programId: string, t: Times) =>
  ctx.db.kysely
    .updateTable('consent_documents')
    .set({ created_at: t.programMade })
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .execute();

/** The stored times of the seed's own records, set to the story's (see the file's comment). */
async function settleTimes(
  ctx: AppContext,
  organizationId: string,
  ids: { programId: string; enrollmentId: string; firstDoseAt: string | null },
  t: Times,
): Promise<void> {
  const db = ctx.db.kysely;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('programs')
      .set({ created_at: t.programMade, updated_at: t.programMade })
      .where('organization_id', '=', organizationId)
      .where('id', '=', ids.programId)
      .execute();
    await trx
      .updateTable('program_versions')
      .set({ created_at: t.programMade })
      .where('organization_id', '=', organizationId)
      .where('program_id', '=', ids.programId)
      .execute();
    const byStatus: Record<string, string> = {
      referred: t.referred,
      screening: t.screened,
      eligible: t.decided,
      consented: t.consented,
      ...(ids.firstDoseAt ? { active: ids.firstDoseAt } : {}),
    };
    for (const [to, at] of Object.entries(byStatus))
      await trx
        .updateTable('enrollment_events')
        .set({ at })
        .where('organization_id', '=', organizationId)
        .where('enrollment_id', '=', ids.enrollmentId)
        .where('to_status', '=', to)
        .execute();
    const last = ids.firstDoseAt ?? t.consented;
    await trx
      .updateTable('enrollments')
      .set({ status_changed_at: last, updated_at: last })
      .where('organization_id', '=', organizationId)
      .where('id', '=', ids.enrollmentId)
      .execute();
    await trx
      .updateTable('screenings')
      .set({ recorded_at: t.screened, decided_at: t.decided })
      .where('organization_id', '=', organizationId)
      .where('enrollment_id', '=', ids.enrollmentId)
      .execute();
    await trx
      .updateTable('consents')
      .set({ created_at: t.consented })
      .where('organization_id', '=', organizationId)
      .where('enrollment_id', '=', ids.enrollmentId)
      .execute();
    await trx
      .updateTable('support_persons')
      .set({ updated_at: t.attested })
      .where('organization_id', '=', organizationId)
      .where('enrollment_id', '=', ids.enrollmentId)
      .execute();
  });
}

/**
 * One demo client through the at-home program. `clinician` decides on the screening; the
 * facilitator runs the sessions (they are on her Today). Returns the ids the tests read.
 */
export async function seedDemoAtHome(
  ctx: AppContext,
  scope: OrgScope,
  staff: { facilitatorId: string | null },
  clientId: string,
  now: Date = new Date(),
): Promise<{ programId: string; enrollmentId: string; dosingRecordIds: string[] }> {
  const zone = await organizationTimezone(ctx.db.kysely, scope.organizationId);
  const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
  // Day 0 two weeks ago: doses 14 and 7 days ago, one today, one next week.
  const day0 = today.minus({ days: 14 });
  const t = storyTimes(day0);
  const program = await createProgram(ctx, scope, { definition: atHomeDefinition() });
  await createConsentDocument(ctx, scope, program.id, {
    title: 'Toestemming ketamine thuis (demo)',
    body: CONSENT,
  });
  await publishConsentAt(ctx, scope.organizationId, program.id, t);
  await putProgramSettings(ctx, scope, program.id, {
    atHome: true,
    checkinMinutes: [...DEMO_AT_HOME.checkinMinutes],
    graceMinutes: DEMO_AT_HOME.graceMinutes,
    askVitals: true,
  });
  const lot = await createLot(ctx, scope, {
    code: DEMO_AT_HOME.lotCode,
    substanceKind: 'ketamine-racemic',
    supplier: 'Demoleverancier (geen echt product)',
    receivedOn: today.minus({ days: 30 }).toISODate()!,
    notes: 'Demolot van ketamine-zuigtabletten: geen echt product.',
  });

  const enrollment = await createEnrollment(ctx, scope, {
    clientId,
    programId: program.id,
    startDate: day0.toISODate()!,
    ...(staff.facilitatorId ? { facilitatorId: staff.facilitatorId } : {}),
  });
  const allNo = Object.fromEntries(checklistFor('ketamine').items.map((i) => [i.id, 'no' as const]));
  const screening = await recordScreening(ctx, scope, enrollment.id, {
    answers: allNo,
    medications: [],
    vitals: {
      systolic: 126,
      diastolic: 80,
      heartRate: 68,
      weightKg: DEMO_AT_HOME.weightKg,
      heightCm: 181,
      measuredAt: t.screened,
    },
    notes: 'Demoscreening: een verzonnen cliënt.',
  });
  await decideScreening(ctx, scope, enrollment.id, screening.id, {
    decision: 'eligible',
    rationale: 'Demo: geen contra-indicaties in de screening.',
  });
  await recordConsent(ctx, scope, enrollment.id, {
    documentVersion: 1,
    signedAt: t.consented,
    method: 'in-person signature',
  });
  await putSupportPerson(ctx, scope, enrollment.id, {
    ...DEMO_AT_HOME.supportPerson,
    attestedName: DEMO_AT_HOME.supportPerson.name,
    agreed: true,
    attestedAt: t.attested,
    attestationVersion: SUPPORT_ATTESTATION_VERSION,
  });

  const sessions = await sessionsOfEnrollment(ctx.db.kysely, scope.organizationId, enrollment.id);
  // The doses before today (14 and 7 days ago); today's session stays for the facilitator.
  const past = sessions.filter((s) => s.dosing === 1 && Date.parse(s.starts_at) < today.toMillis());
  const prep = sessions.find((s) => s.dosing !== 1);
  if (prep && Date.parse(prep.starts_at) < now.getTime())
    await setAttendance(ctx, scope, prep.id, { enrollmentId: enrollment.id, attendance: 'attended' });

  const portal = { organizationId: scope.organizationId, clientId };
  const vitals = (systolic: number, diastolic: number, heartRate: number) => ({
    systolic,
    diastolic,
    heartRate,
  });
  const dosingRecordIds: string[] = [];
  for (const [i, s] of past.slice(-2).entries()) {
    const startsAt = new Date(s.starts_at).toISOString();
    await setAttendance(ctx, scope, s.id, { enrollmentId: enrollment.id, attendance: 'attended' });
    await addBaselineVitals(ctx, scope, s.id, enrollment.id, {
      measuredAt: minutes(startsAt, -10).toISOString(),
      ...vitals(128 - i * 4, 82, 72),
    });
    const startedAt = minutes(startsAt, 5).toISOString();
    const dose = await createDosingRecord(ctx, scope, s.id, {
      enrollmentId: enrollment.id,
      substance: 'Ketamine-zuigtablet (demodosis)',
      substanceKind: 'ketamine-racemic',
      doseMg: DEMO_AT_HOME.doseMg,
      lotId: lot.id,
      weightKg: DEMO_AT_HOME.weightKg,
      route: 'sublingual',
      lotNumber: null,
      startedAt,
    });
    await updateDosingRecord(ctx, scope, dose.id, {
      version: dose.version,
      endedAt: null,
      dischargeReady: false,
      dischargedAt: null,
      dischargeNote: null,
      notes: DOSE_NOTE,
    });
    dosingRecordIds.push(dose.id);
    const at = (m: number) => minutes(startedAt, m);
    // The support person's link, made when the session began (shown once; only its hash is kept).
    const link = await createSupportLink(ctx, scope, dose.id, at(0));
    const token = link.url.split('/checkin/')[1]!;
    // +30: the client in the portal, with blood pressure and pulse.
    await answerInPortal(
      ctx,
      portal,
      dose.id,
      { answer: 'ok', ...vitals(134 - i * 2, 86, 80), note: 'Rustig, wat zweverig.' },
      at(32),
    );
    if (i === 0) {
      // +60 the client, +120 the support person by the link: every check-in answered.
      await answerInPortal(ctx, portal, dose.id, { answer: 'ok', ...vitals(130, 84, 76) }, at(61));
      await answerByLink(
        ctx,
        token,
        { answer: 'ok', ...vitals(124, 80, 72), note: 'Slaapt even, ademt rustig.', language: 'nl' },
        at(124),
      );
    } else {
      // +60 the support person by the link.
      await answerByLink(
        ctx,
        token,
        { answer: 'ok', ...vitals(128, 82, 74), note: 'Alles goed hier.', language: 'nl' },
        at(63),
      );
      // +120: nobody answers. The scheduler's step, run as at the end of its grace period (it takes
      // every check-in overdue by then, as the scheduler would): missed, one high alert.
      await raiseMissedCheckins(ctx, at(120 + DEMO_AT_HOME.graceMinutes + 1).toISOString());
    }
  }
  const firstDose = dosingRecordIds[0]
    ? await ctx.db.kysely
        .selectFrom('dosing_records')
        .select('started_at')
        .where('id', '=', dosingRecordIds[0])
        .executeTakeFirstOrThrow()
    : null;
  await settleTimes(
    ctx,
    scope.organizationId,
    {
      programId: program.id,
      enrollmentId: enrollment.id,
      firstDoseAt: firstDose ? new Date(firstDose.started_at).toISOString() : null,
    },
    t,
  );
  return { programId: program.id, enrollmentId: enrollment.id, dosingRecordIds };
}
