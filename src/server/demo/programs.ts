/**
 * Demo programs for the demo organization: the psilocybin retreat and the KAP-for-PTSD program from
 * their templates, two rooms, a demo consent document, a cohort a month from now with three demo
 * clients enrolled and published for applications (/apply/demo-retreat-centre), and one client
 * enrolled individually. All of it is labelled demo data. The clinic is Dutch and its clients read
 * Dutch, so its programs, rooms, consent documents and cohort are in Dutch (a staff member who reads
 * English sees the names the clinic gave them, as in any Dutch clinic).
 */
import { DateTime } from 'luxon';
import { createCohort } from '../cohorts/service.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { createEnrollment } from '../enrollments/service.ts';
import { putListing } from '../front-office/listings.ts';
import { updateOrganization } from '../organizations/service.ts';
import { createConsentDocument, createProgram, updateProgram } from '../programs/service.ts';
import { createRoom } from '../rooms/service.ts';

/** The demo clinic's language: what its programs are copied in and its cohort dates are written in. */
const LANGUAGE = 'nl';

const DEMO_CONSENT = `Demo-toestemmingsformulier — dit is een voorbeeldtekst. Vervang hem vóór gebruik door de eigen toestemmingstekst (informed consent) van uw organisatie.

Deze tekst staat in voor de informatie die een cliënt leest en ondertekent voordat die meedoet: wat het programma
inhoudt, het middel en de bekende risico's ervan, wat te doen en wie te bellen in een noodgeval, hoe de gegevens worden
bewaard, en dat de cliënt op elk moment mag stoppen zonder een reden te geven.`;

export async function seedDemoPrograms(
  ctx: AppContext,
  scope: OrgScope,
  staff: { facilitatorIds: string[] },
  clientIds: string[],
): Promise<void> {
  const timezone = 'Europe/Amsterdam';
  await updateOrganization(ctx, scope, { timezone, locale: 'nl-NL' });
  const workshop = await createRoom(ctx, scope, { name: 'Workshopruimte', capacity: 14 });
  await createRoom(ctx, scope, { name: 'Integratieruimte', capacity: 4 });

  const retreat = await createProgram(ctx, scope, { templateId: 'psilocybin-retreat', language: LANGUAGE });
  await createConsentDocument(ctx, scope, retreat.id, {
    title: 'Toestemmingsformulier psilocybine-retreat (demo)',
    body: DEMO_CONSENT,
  });
  const start = DateTime.now().setZone(timezone).plus({ weeks: 5 }).startOf('week').plus({ days: 3 });
  const cohort = await createCohort(ctx, scope, {
    programId: retreat.id,
    name: `Retreat ${start.setLocale(LANGUAGE).toFormat('d LLLL yyyy')} (demo)`,
    startDate: start.toISODate()!,
    location: 'Demo Retreat Centre',
    roomId: workshop.id,
    capacity: 12,
    facilitatorIds: staff.facilitatorIds,
  });
  for (const clientId of clientIds.slice(0, 3)) {
    await createEnrollment(ctx, scope, { clientId, programId: retreat.id, cohortId: cohort.id });
  }
  // Published, so /apply/demo-retreat-centre shows a real retreat. Demo price and policy, not advice.
  await putListing(ctx, scope, cohort.id, {
    published: true,
    endDate: start.plus({ days: 3 }).toISODate(),
    currency: 'EUR',
    priceMinor: 185_000,
    depositMinor: 50_000,
    balanceDueDate: start.minus({ weeks: 2 }).toISODate(),
    cancellationTiers: [
      { minDaysBefore: 28, refundPercent: 100 },
      { minDaysBefore: 14, refundPercent: 50 },
      { minDaysBefore: 0, refundPercent: 0 },
    ],
    places: 9,
    waitlistSize: 5,
    holdDays: 7,
  });

  const kap = await createProgram(ctx, scope, { templateId: 'kap-ptsd-feder-2025', language: LANGUAGE });
  // The template leaves the pre-dose blood-pressure limit to the clinic; the demo clinic sets one
  // (a second version), so a high baseline reading is flagged on the dosing record.
  await updateProgram(ctx, scope, kap.id, {
    baseVersion: kap.currentVersion,
    definition: { ...kap.definition, safety: { preDoseSystolicMax: 160, preDoseDiastolicMax: 100 } },
  });
  await createConsentDocument(ctx, scope, kap.id, {
    title: 'Toestemmingsformulier ketaminebehandeling (demo)',
    body: DEMO_CONSENT,
  });
  const individualStart = DateTime.now().setZone(timezone).plus({ weeks: 2 }).startOf('week');
  if (clientIds[3]) {
    await createEnrollment(ctx, scope, {
      clientId: clientIds[3],
      programId: kap.id,
      startDate: individualStart.toISODate()!,
      // The demo facilitator runs this client's infusions: they show on her Today.
      ...(staff.facilitatorIds[0] ? { facilitatorId: staff.facilitatorIds[0] } : {}),
    });
  }
}
