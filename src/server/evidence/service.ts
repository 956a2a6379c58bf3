/**
 * The evidence library: built-in records (in code, read-only) and stored ones (imported, or
 * curated = an imported record a curator has edited), listed and searched together.
 *
 * Stored records are shared by every organization; an organization sees its own copy of one it
 * edited instead (copy-on-write, edit.ts). Imports and edits are audited in the same transaction,
 * under the actor's active organization.
 */

import type {
  ExportRequest,
  ImportRequest,
  ImportResultBody,
  StudyDetail,
  StudyList,
  StudyListQuery,
  StudyScope,
} from '../../api/evidence.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import { type Exported, exportStudies as exportRecords } from '../../domain/evidence/citations.ts';
import { statusCounts } from '../../domain/evidence/facts.ts';
import { importCitations } from '../../domain/evidence/import.ts';
import { BUILTIN_STUDIES, findBuiltin } from '../../domain/evidence/library/index.ts';
import { searchStudies } from '../../domain/evidence/search.ts';
import type { StudyRecord } from '../../domain/evidence/types.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import * as copies from './copies.repository.ts';
import * as repo from './repository.ts';
import { toSummary } from './summary.ts';

export interface LibraryEntry {
  record: StudyRecord;
  source: 'builtin' | repo.StoredSource;
  scope: StudyScope;
  version: number | null;
  createdAt: string | null;
  updatedAt: string | null;
}

const builtinEntry = (record: StudyRecord): LibraryEntry => ({
  record,
  source: 'builtin',
  scope: 'builtin',
  version: null,
  createdAt: null,
  updatedAt: null,
});

/** A shared stored study, as seen by `organizationId` (its own import, or shared). */
export const storedEntry = (row: repo.StudyRow, organizationId: string | null): LibraryEntry => ({
  record: repo.parseRecord(row),
  source: row.source as repo.StoredSource,
  scope: organizationId !== null && row.organization_id === organizationId ? 'own' : 'shared',
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const copyEntry = (row: copies.CopyRow): LibraryEntry => ({
  record: JSON.parse(row.record) as StudyRecord,
  source: 'curated',
  scope: 'copy',
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * One study as an organization sees it: built-in, else its own copy, else the shared record
 * (without an organization, the CLI's: the shared record).
 */
export async function findEntry(
  db: Tx,
  organizationId: string | null,
  id: string,
): Promise<LibraryEntry | null> {
  const builtin = findBuiltin(id);
  if (builtin) return builtinEntry(builtin);
  const copy = organizationId ? await copies.getCopy(db, organizationId, id) : undefined;
  if (copy) return copyEntry(copy);
  const row = await repo.getStudy(db, id);
  return row ? storedEntry(row, organizationId) : null;
}

export function toDetail(e: LibraryEntry): StudyDetail {
  return {
    id: e.record.id,
    source: e.source,
    scope: e.scope,
    readOnly: e.source === 'builtin',
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    statusCounts: statusCounts(e.record),
    record: e.record,
  };
}

export async function listStudies(
  ctx: AppContext,
  organizationId: string,
  q: StudyListQuery,
): Promise<StudyList> {
  const db = ctx.db.kysely;
  const stored = (await repo.listStudies(db, q.q, organizationId)).map((r) => storedEntry(r, organizationId));
  const own = (await copies.listCopies(db, organizationId, q.q)).map(copyEntry);
  const hits = searchStudies([...BUILTIN_STUDIES.map(builtinEntry), ...stored, ...own], (e) => e.record, q);
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 100;
  return {
    total: hits.length,
    items: hits.slice(offset, offset + limit).map((h) => toSummary(h.item, h.matchedIn)),
  };
}

export async function viewStudy(ctx: AppContext, organizationId: string, id: string): Promise<StudyDetail> {
  const e = await findEntry(ctx.db.kysely, organizationId, id);
  if (!e) throw notFound('Study');
  return toDetail(e);
}

/** Exports studies as the organization sees them (its copies); without one, the shared library. */
export async function exportStudies(
  ctx: AppContext,
  req: ExportRequest,
  organizationId: string | null = null,
): Promise<Exported> {
  const records: StudyRecord[] = [];
  for (const [i, id] of req.ids.entries()) {
    const e = await findEntry(ctx.db.kysely, organizationId, id);
    if (!e) throw invalid(`ids.${i}`, 'study-unknown', { id });
    records.push(e.record);
  }
  return exportRecords(records, req.format);
}

/** Every study, built-in and shared stored ones (the CLI's export; no organization's copies). */
export async function allStudies(ctx: AppContext): Promise<StudyRecord[]> {
  const stored = await repo.listStudies(ctx.db.kysely);
  return [...BUILTIN_STUDIES, ...stored.map(repo.parseRecord)];
}

export async function importStudies(
  ctx: AppContext,
  scope: Pick<OrgScope, 'actor'> & { organizationId: string | null },
  req: ImportRequest,
): Promise<ImportResultBody> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const stored = (await repo.listStudies(trx)).map(repo.parseRecord);
    const result = importCitations(req.format, req.content, [...BUILTIN_STUDIES, ...stored], {
      source: `Imported ${req.format} metadata, ${now.slice(0, 10)}: not verified`,
    });
    for (const r of result.added) await repo.insertStudy(trx, r, 'imported', now, scope.organizationId);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'study.import',
      entityType: 'study',
      entityId: null,
      details: {
        format: req.format,
        added: result.added.map((r) => r.id),
        duplicates: result.duplicates.map((d) => ({ entry: d.entry, duplicateOf: d.duplicateOf, by: d.by })),
      },
    });
    return {
      added: result.added.map((r) => toSummary({ record: r, source: 'imported' }, [])),
      duplicates: result.duplicates,
    };
  });
}
