/**
 * `threshold client export <id> [--org <slug>] [--out file]`: a client's copy of their data (GDPR
 * Art. 15) as the ZIP the web app gives, audited under the CLI's system actor. Without --org the
 * client's own organization is used; with it, a client of another organization is not found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../domain/errors.ts';
import { systemActor } from '../server/audit/audit-log.ts';
import { exportClient } from '../server/data-rights/export.ts';
import { organizationOfClient } from '../server/data-rights/repository.ts';
import { findOrganizationBySlug } from '../server/organizations/repository.ts';
import { UsageError, withContext } from './runtime.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function clientExport(id: string, o: { org?: string; out?: string }): Promise<void> {
  if (!UUID.test(id)) throw new UsageError(`"${id}" is not a client id (a UUID)`);
  return withContext(async (ctx) => {
    const db = ctx.db.kysely;
    let organizationId: string | null;
    if (o.org) {
      const org = await findOrganizationBySlug(db, o.org);
      if (!org) throw new UsageError(`no organization with slug "${o.org}"`);
      organizationId = org.id;
    } else {
      organizationId = await organizationOfClient(db, id);
    }
    if (!organizationId) throw new UsageError(`no client with id ${id}${o.org ? ` in ${o.org}` : ''}`);
    const target = path.resolve(o.out ?? `client-${id}.zip`);
    if (fs.existsSync(target)) throw new UsageError(`${target} exists already; choose a new file name`);
    const out = await exportClient(
      ctx,
      systemActor('cli'),
      organizationId,
      id,
      `${ctx.config.publicUrl.replace(/\/$/, '')}/fhir/R4`,
    ).catch((err: unknown) => {
      if (err instanceof DomainError && err.kind === 'not-found')
        throw new UsageError(`no client with id ${id}${o.org ? ` in ${o.org}` : ''}`);
      throw err;
    });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Health data: readable by the file's owner only.
    fs.writeFileSync(target, out.archive, { mode: 0o600, flag: 'wx' });
    console.log(`Exported client ${id} to ${target} (${out.archive.length} bytes).`);
  });
}
