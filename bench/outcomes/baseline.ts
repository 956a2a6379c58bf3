/**
 * The hand-written SQL the benchmark compares with: the observed mean and count at each timepoint
 * of one program's instrument among enrollments that started treatment, aggregated by the
 * database straight from the derived series (SQLite json_each, PostgreSQL jsonb_array_elements).
 * The same numbers the report's "observed" row gives, with none of its other statistics.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/dialect.ts';

export interface TimepointMean {
  key: string;
  n: number;
  mean: number;
}

export async function sqlTimepointMeans(
  db: Db,
  organizationId: string,
  programId: string,
  instrumentId: string,
): Promise<TimepointMean[]> {
  const rows =
    db.dialect === 'postgres'
      ? await sql<{ key: string; n: string; mean: number }>`
          SELECT p->>0 AS key, COUNT((p->>1)::float8) AS n, AVG((p->>1)::float8) AS mean
          FROM outcome_series s, jsonb_array_elements(s.points::jsonb) AS p
          WHERE s.organization_id = ${organizationId} AND s.program_id = ${programId}
            AND s.instrument_id = ${instrumentId} AND s.reached IN ('started', 'completed')
          GROUP BY 1`.execute(db.kysely)
      : await sql<{ key: string; n: number; mean: number }>`
          SELECT p.value ->> 0 AS key, COUNT(p.value ->> 1) AS n, AVG(p.value ->> 1) AS mean
          FROM outcome_series s, json_each(s.points) AS p
          WHERE s.organization_id = ${organizationId} AND s.program_id = ${programId}
            AND s.instrument_id = ${instrumentId} AND s.reached IN ('started', 'completed')
          GROUP BY 1`.execute(db.kysely);
  return rows.rows.map((r) => ({ key: r.key, n: Number(r.n), mean: Number(r.mean) }));
}
