/**
 * Another process deriving stale outcome rows (for the concurrency test in outcomes.test.ts):
 * `node --import tsx test/support/derive-child.ts <database-url> <organization-id>`; prints how
 * many enrollments it derived.
 */
import { openDatabase } from '../../src/db/dialect.ts';
import { deriveStale } from '../../src/server/outcomes/derive.ts';

const [url, organizationId] = process.argv.slice(2);
if (!url || !organizationId) throw new Error('usage: derive-child.ts <database-url> <organization-id>');
const db = openDatabase(url);
try {
  console.log(await deriveStale(db.kysely, organizationId));
} finally {
  await db.close();
}
