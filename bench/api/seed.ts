/**
 * Seeds the benchmark database: one organization, one owner who signs in, and 1,000 fictional
 * clients created through the client service (each write in its own transaction with its audit
 * entry, exactly as the API does it). Nothing here is real data.
 */

import type { ClientCreate } from '../../src/api/clients.ts';
import { type Db, openDatabase } from '../../src/db/dialect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import { createClient } from '../../src/server/clients/service.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { addMember, createOrganization } from '../../src/server/organizations/service.ts';

export const BENCH_OWNER = {
  email: 'owner@bench.example',
  password: 'benchmark-password-not-secret',
} as const;

const GIVEN = [
  'Ada',
  'Bo',
  'Cas',
  'Dewi',
  'Elif',
  'Femke',
  'Gijs',
  'Hana',
  'Ivo',
  'Jun',
  'Kees',
  'Lina',
  'Milo',
  'Noor',
  'Otto',
  'Pia',
  'Quinn',
  'Rosa',
  'Sem',
  'Tess',
  'Umut',
  'Vera',
  'Wout',
  'Xena',
  'Yara',
];
const FAMILY = [
  'Bakker',
  'Claes',
  'de Boer',
  'Dijkstra',
  'El Idrissi',
  'Fischer',
  'Goossens',
  'Hendriks',
  'Jacobs',
  'Kaya',
  'Lambert',
  'Mertens',
  'Nowak',
  'Peeters',
  'Rossi',
  'Smits',
  'Timmermans',
  'van Dam',
  'Willems',
  'Yilmaz',
];
const SEX = ['female', 'male', 'intersex', 'unknown'] as const;

/** The i-th fictional client: deterministic, so every run lists the same first page. */
export function benchClient(i: number): ClientCreate {
  const given = GIVEN[i % GIVEN.length]!;
  const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
  const n = String(i).padStart(4, '0');
  return {
    givenName: given,
    familyName: family,
    dateOfBirth: `${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    sexAtBirth: SEX[i % SEX.length]!,
    email: `client-${n}@bench.example`,
    phone: `+31 6 5555 ${n}`,
    address: `Benchstraat ${1 + (i % 200)}, 1000 AA Nowhere`,
    emergencyContact: { name: `Contact ${n}`, relationship: 'friend', phone: `+31 6 5556 ${n}` },
    notes: 'Benchmark record: a fictional client.',
  };
}

export interface SeedResult {
  organizationId: string;
  clients: number;
  ms: number;
}

/** Creates and migrates the database at `url` and fills it. The database is closed on return. */
export async function seedBenchDatabase(url: string, clients: number): Promise<SeedResult> {
  const started = performance.now();
  const db: Db = openDatabase(url);
  try {
    await migrateToLatest(db);
    const ctx: AppContext = { db, audit: new AuditLog(db.dialect), config: loadConfig({}) };
    const actor = systemActor('bench');
    const org = await createOrganization(ctx, actor, { name: 'Benchmark Clinic' });
    await addMember(ctx, org.id, actor, {
      email: BENCH_OWNER.email,
      name: 'Bench Owner',
      role: 'owner',
      password: BENCH_OWNER.password,
    });
    const scope = { organizationId: org.id, role: 'owner' as const, actor };
    for (let i = 0; i < clients; i++) await createClient(ctx, scope, benchClient(i));
    return { organizationId: org.id, clients, ms: performance.now() - started };
  } finally {
    await db.close();
  }
}
