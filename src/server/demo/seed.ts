/**
 * The demo organization created on first `npm start`: "Demo Retreat Centre", one staff user per
 * role and a handful of clients. Every demo record says it is demo data; nothing here is real.
 */

import type { ClientCreate } from '../../api/clients.ts';
import type { Role } from '../../domain/access/roles.ts';
import { ROLES } from '../../domain/access/roles.ts';
import { systemActor } from '../audit/audit-log.ts';
import { verifyPassword } from '../auth/password.ts';
import { findUserByEmail } from '../auth/users.repository.ts';
import { createClient } from '../clients/service.ts';
import type { AppContext } from '../context.ts';
import { replaceCrisisLines } from '../crisis-lines/service.ts';
import { findOrganizationBySlug } from '../organizations/repository.ts';
import { addMember, createOrganization } from '../organizations/service.ts';
import { seedSynthetic } from '../synthetic/seed.ts';
import { seedDemoAtHome } from './at-home.ts';
import { seedDemoCeq } from './ceq.ts';
import { seedDemoDifficultSessions } from './difficult-sessions.ts';
import { seedDemoDosing } from './dosing.ts';
import { seedDemoPrograms } from './programs.ts';

export const DEMO_ORG = { name: 'Demo Retreat Centre', slug: 'demo-retreat-centre' } as const;
export const DEMO_PASSWORD = 'threshold-demo';
export const demoEmail = (role: Role) => `${role}@demo-retreat.example`;

const DEMO_STAFF: Record<Role, string> = {
  owner: 'Olivia Owner (demo)',
  clinician: 'Chris Clinician (demo)',
  facilitator: 'Fleur Facilitator (demo)',
  intake: 'Ilse Intake (demo)',
  researcher: 'Ruben Researcher (demo)',
};

const DEMO_CLIENTS: ClientCreate[] = [
  {
    givenName: 'Anna',
    familyName: 'de Vries',
    dateOfBirth: '1984-03-12',
    sexAtBirth: 'female',
    gender: 'woman',
    email: 'anna.devries@demo-client.example',
    phone: '+31 6 1234 0001',
  },
  {
    givenName: 'Bram',
    familyName: 'Jansen',
    dateOfBirth: '1977-11-02',
    sexAtBirth: 'male',
    gender: 'man',
    email: 'bram.jansen@demo-client.example',
    phone: '+31 6 1234 0002',
    language: 'nl',
  },
  {
    givenName: 'Chloé',
    familyName: 'Bakker',
    preferredName: 'Clo',
    dateOfBirth: '1991-06-25',
    sexAtBirth: 'female',
    gender: 'non-binary',
    email: 'chloe.bakker@demo-client.example',
  },
  {
    givenName: 'Daan',
    familyName: 'Visser',
    dateOfBirth: '1968-01-30',
    sexAtBirth: 'male',
    email: 'daan.visser@demo-client.example',
    language: 'nl',
    phone: '+31 6 1234 0004',
    emergencyContact: { name: 'Eva Visser', relationship: 'partner', phone: '+31 6 1234 0005' },
  },
  {
    givenName: 'Esther',
    familyName: 'Smit',
    dateOfBirth: '2000-09-14',
    sexAtBirth: 'female',
    gender: 'woman',
    email: 'esther.smit@demo-client.example',
  },
  {
    givenName: 'Farid',
    familyName: 'El Amrani',
    dateOfBirth: '1988-04-08',
    sexAtBirth: 'male',
    gender: 'man',
    phone: '+31 6 1234 0006',
  },
];

/**
 * The Netherlands' national suicide-prevention line (113 Zelfmoordpreventie: 0800-0113 free, or 113)
 * and the emergency number: real public numbers, so the demo shows what a client would see. The demo
 * sets no clinic phone: a made-up number must not be offered to call.
 */
const DEMO_CRISIS_LINES = [
  {
    language: 'nl',
    name: '113 Zelfmoordpreventie (gratis)',
    phone: '0800-0113',
    hours: '24 uur per dag, 7 dagen per week',
  },
  { language: 'nl', name: '113 Zelfmoordpreventie', phone: '113', hours: '24 uur per dag, 7 dagen per week' },
  { language: 'nl', name: 'Alarmnummer (direct gevaar)', phone: '112', hours: '24 uur per dag' },
  { language: 'en', name: '113 Suicide Prevention (free, Netherlands)', phone: '0800-0113', hours: '24/7' },
  { language: 'en', name: 'Emergency number (immediate danger)', phone: '112', hours: '24/7' },
];

/** Synthetic clients the demo gets for its outcome dashboards, in their own organization. */
export const DEMO_SYNTHETIC_CLIENTS = 300;
export const DEMO_SYNTHETIC_SLUG = 'synthetic';

/**
 * Creates the demo organization unless it exists. Returns true when it created it. `synthetic:
 * false` leaves out the synthetic organization (the tests of the demo clinic's own records).
 */
export async function seedDemo(ctx: AppContext, opts: { synthetic?: boolean } = {}): Promise<boolean> {
  if (await findOrganizationBySlug(ctx.db.kysely, DEMO_ORG.slug)) return false;
  const actor = systemActor('seed --demo');
  const org = await createOrganization(ctx, actor, DEMO_ORG);
  const userIds: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    const member = await addMember(ctx, org.id, actor, {
      email: demoEmail(role),
      name: DEMO_STAFF[role],
      role,
      password: DEMO_PASSWORD,
    });
    userIds[role] = member.userId;
  }
  const scope = { organizationId: org.id, role: 'owner' as const, actor };
  await replaceCrisisLines(ctx, scope, { lines: DEMO_CRISIS_LINES });
  const clientIds: string[] = [];
  for (const c of DEMO_CLIENTS) {
    const client = await createClient(ctx, scope, {
      ...c,
      notes: 'Demodossier: een verzonnen cliënt om Threshold uit te proberen.',
    });
    clientIds.push(client.id);
  }
  const facilitatorIds = [userIds.facilitator, userIds.clinician].filter((id): id is string => !!id);
  await seedDemoPrograms(ctx, scope, { facilitatorIds }, clientIds);
  // Ketamine lozenges at home: Farid, with his support person, check-ins and one missed (alert).
  if (clientIds[5])
    await seedDemoAtHome(ctx, scope, { facilitatorId: userIds.facilitator ?? null }, clientIds[5]);
  if (opts.synthetic === false) return true;
  // Outcome dashboards need history: clearly synthetic clients ("Synthetic 000001"…) in three
  // "(synthetic)" programs, in an organization of their own so the demo clinic's lists stay its
  // own; their three years end yesterday. The owner, clinician and researcher belong to both.
  const yesterday = new Date(
    Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - 1),
  );
  const synthetic = await seedSynthetic(ctx, {
    clients: DEMO_SYNTHETIC_CLIENTS,
    orgSlug: DEMO_SYNTHETIC_SLUG,
    seed: 1,
    now: yesterday,
  });
  // Synthetic lots, doses and settings for the synthetic dosing sessions (clearly marked).
  await seedDemoDosing(ctx, synthetic.organizationId);
  // A few synthetic "difficult session" flags, so the integration window has something to show.
  await seedDemoDifficultSessions(ctx, synthetic.organizationId);
  // A SYNTHETIC DEMO CEQ copy (no CEQ texts), the CEQ after dosing, and CEQ answers tied to the dose.
  await seedDemoCeq(ctx, synthetic.organizationId);
  for (const role of ['owner', 'clinician', 'researcher'] as const) {
    await addMember(
      ctx,
      synthetic.organizationId,
      actor,
      { email: demoEmail(role), name: DEMO_STAFF[role], role, password: DEMO_PASSWORD },
      { allowExisting: true },
    );
  }
  return true;
}

/** Demo sign-ins that still work (a changed password is not printed). */
export async function workingDemoLogins(ctx: AppContext): Promise<Array<{ role: Role; email: string }>> {
  const out: Array<{ role: Role; email: string }> = [];
  for (const role of ROLES) {
    const u = await findUserByEmail(ctx.db.kysely, demoEmail(role));
    if (u && !u.disabled_at && (await verifyPassword(u.password_hash, DEMO_PASSWORD)))
      out.push({ role, email: u.email });
  }
  return out;
}
