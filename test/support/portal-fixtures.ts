/**
 * Portal data written straight through Kysely: a program with a PHQ-9 at enrollment, an enrolled
 * client with an email, invitations with a working link token, and alerts — for tests that need
 * them without running the scheduler.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { hashToken, newToken } from '../../src/server/tokens.ts';
import { type SeededProgram, seedEnrolledClient, seedProgram, testDefinition } from './programs-fixtures.ts';

type Db = Kysely<Database>;

/** PHQ-9 answered with item 9 = `item9` (the rest 1; item 10 blank). */
export const phq9 = (item9 = 0): Record<string, number | null> => ({
  q1: 1,
  q2: 1,
  q3: 1,
  q4: 1,
  q5: 1,
  q6: 1,
  q7: 1,
  q8: 1,
  q9: item9,
});

/** A program asking a PHQ-9 at enrollment (window 14 days) and at +30 days, reminders every 3 days. */
export function portalProgram(db: Db, organizationId: string): Promise<SeededProgram> {
  return seedProgram(db, organizationId, {
    definition: testDefinition({
      assessments: [
        {
          key: 'phq-baseline',
          instrumentId: 'phq-9',
          label: 'Baseline',
          anchor: 'enrollment',
          dosingNumbers: null,
          offset: { amount: 0, unit: 'days' },
          window: { beforeDays: 0, afterDays: 14 },
          arms: null,
        },
        {
          key: 'phq-30',
          instrumentId: 'phq-9',
          label: '+30 days',
          anchor: 'enrollment',
          dosingNumbers: null,
          offset: { amount: 30, unit: 'days' },
          window: { beforeDays: 3, afterDays: 7 },
          arms: null,
        },
      ],
      reminderEveryDays: 3,
    }),
  });
}

/** A client with an email address (and a portal language), enrolled in `program`. */
export async function seedPortalClient(
  db: Db,
  organizationId: string,
  program: SeededProgram,
  opts: { name?: string; language?: 'en' | 'nl'; email?: string } = {},
): Promise<{ clientId: string; enrollmentId: string; email: string }> {
  const name = opts.name ?? `Portal${randomUUID().slice(0, 6)}`;
  const e = await seedEnrolledClient(db, organizationId, program, {
    startDate: new Date().toISOString().slice(0, 10),
    name,
  });
  const email = opts.email ?? `${name.toLowerCase()}@client.example`;
  await db
    .updateTable('clients')
    .set({ email, language: opts.language ?? 'en' })
    .where('id', '=', e.clientId)
    .execute();
  return { ...e, email };
}

/** An invitation already sent, with a link token that opens it. */
export async function seedInvitation(
  db: Db,
  organizationId: string,
  c: { clientId: string; enrollmentId: string },
  opts: { closesInDays?: number; status?: string } = {},
): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const now = new Date();
  const at = now.toISOString();
  await db
    .insertInto('invitations')
    .values({
      id,
      organization_id: organizationId,
      client_id: c.clientId,
      enrollment_id: c.enrollmentId,
      plan_key: `seeded-${id}`,
      instrument_id: 'phq-9',
      label: 'Baseline',
      due_at: at,
      closes_at: new Date(now.getTime() + (opts.closesInDays ?? 14) * 86_400_000).toISOString(),
      status: opts.status ?? 'sent',
      reminder_every_days: 3,
      sends: 1,
      next_send_at: null,
      first_sent_at: at,
      last_sent_at: at,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const token = newToken();
  await db
    .insertInto('invitation_tokens')
    .values({ token_hash: hashToken(token), invitation_id: id, created_at: at })
    .execute();
  return { id, token };
}

/** An open alert for a client. */
export async function seedAlert(
  db: Db,
  organizationId: string,
  clientId: string,
  severity = 'high',
): Promise<string> {
  const id = randomUUID();
  const at = new Date().toISOString();
  await db
    .insertInto('alerts')
    .values({
      id,
      organization_id: organizationId,
      client_id: clientId,
      kind: 'risk-flag',
      severity,
      title: 'Risk answer on PHQ-9',
      trigger: 'PHQ-9: Item 9 answered 2 (More than half the days)',
      response_id: null,
      dosing_record_id: null,
      invitation_id: null,
      dedupe_key: `seeded:${id}`,
      status: 'open',
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** A portal sign-in link for a client (valid 30 minutes, unused). */
export async function seedPortalLink(db: Db, organizationId: string, clientId: string): Promise<string> {
  const token = newToken();
  const now = new Date();
  await db
    .insertInto('portal_links')
    .values({
      token_hash: hashToken(token),
      organization_id: organizationId,
      client_id: clientId,
      expires_at: new Date(now.getTime() + 30 * 60_000).toISOString(),
      created_at: now.toISOString(),
    })
    .execute();
  return token;
}
