/**
 * Erasure cannot forget a table: every table of the live schema (both databases) that links rows to
 * a client — a client_id, or an enrollment, dosing record, invitation or session of theirs — has an
 * erasure rule or a stated reason to be kept. A new table with client data fails this test until it
 * is added to src/server/data-rights/erasure-rules.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/dialect.ts';
import { ERASURE_RULES, KEPT } from '../../src/server/data-rights/erasure-rules.ts';
import { DATABASES } from '../support/databases.ts';
import { tablesWithColumn } from '../support/dump.ts';

const LINKS = ['client_id', 'enrollment_id', 'dosing_record_id', 'invitation_id'];

describe.each(DATABASES)('erasure rules cover the schema on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await database.create());
  });
  afterAll(() => drop());

  it('every table linked to a client has a rule or a reason to be kept', async () => {
    const covered = new Set([...ERASURE_RULES.map((r) => r.table), ...Object.keys(KEPT)]);
    const linked = await tablesWithColumn(db, LINKS);
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.filter((t) => !covered.has(t))).toEqual([]);
  });

  it('every rule names a table that exists', async () => {
    const tables = new Set((await db.kysely.introspection.getTables()).map((t) => t.name));
    for (const r of ERASURE_RULES) expect(tables, r.table).toContain(r.table.split('.')[0]);
  });
});
