/** Test set-up shared by the at-home browser test and the Dutch sweep (scripts/dutch-sweep.ts). */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

/** A dose of a demo client taken at home, with a check-in open now and one in an hour. */
export function seedHomeDose(file: string): string {
  const db = new Database(file);
  try {
    const org = db.prepare("select id from organizations where slug = 'demo-retreat-centre'").get() as {
      id: string;
    };
    const e = db
      .prepare('select id, client_id from enrollments where organization_id = ? order by created_at limit 1')
      .get(org.id) as { id: string; client_id: string };
    // One of that client's own dosing sessions (the demo has other clients' at-home sessions too).
    const s = db
      .prepare(
        `select s.id from program_sessions s join session_attendees a on a.session_id = s.id
          where s.organization_id = ? and a.enrollment_id = ? and s.dosing = 1 order by s.starts_at limit 1`,
      )
      .get(org.id, e.id) as { id: string };
    const id = randomUUID();
    const now = Date.now();
    const at = (m: number) => new Date(now + m * 60_000).toISOString();
    db.prepare(
      `insert into dosing_records (id, organization_id, session_id, enrollment_id, client_id, substance, dose_mg,
         weight_kg, route, lot_number, started_at, discharge_ready, version, created_at, updated_at)
       values (?, ?, ?, ?, ?, 'ketamine', 100, 70, 'sublingual', 'LOZ-1', ?, 0, 1, ?, ?)`,
    ).run(id, org.id, s.id, e.id, e.client_id, at(-32), at(-32), at(-32));
    const checkin = db.prepare(
      `insert into home_checkins (id, organization_id, dosing_record_id, client_id, offset_minutes, due_at,
         grace_minutes, ask_vitals, created_at) values (?, ?, ?, ?, ?, ?, 15, 1, ?)`,
    );
    checkin.run(randomUUID(), org.id, id, e.client_id, 30, at(-2), at(-32));
    checkin.run(randomUUID(), org.id, id, e.client_id, 90, at(58), at(-32));
    return id;
  } finally {
    db.close();
  }
}
