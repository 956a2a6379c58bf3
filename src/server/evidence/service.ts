/**
 * The evidence library: built-in records (in code, read-only) and stored ones (imported, or
 * curated = an imported record a curator has edited), listed and searched together.
 *
 * Editing: PUT /api/studies/:id edits stored records only. A built-in record is refused with 409:
 * it is the checked transcription of the reference files and changes only with a release, so no
 * installation can drift from it silently. To correct or extend one, fix it in
 * src/domain/evidence/library/ (with its source) — or import the paper and curate that copy.
 * Imports and edits are audited in the same transaction, under the actor's active organization.
 */

import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { type Exported, exportStudies as exportRecords } from '../../domain/evidence/citations.ts';
import { statusCounts } from '../../domain/evidence/facts.ts';
import { importCitations } from '../../domain/evidence/import.ts';
import { BUILTIN_STUDIES, findBuiltin } from '../../domain/evidence/library/index.ts';
import { searchStudies } from '../../domain/evidence/search.ts';
import type { StudyRecord } from '../../domain/evidence/types.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import * as repo from './repository.ts';
import type {
  ExportRequest,
  ImportRequest,
  ImportResultBody,
  StudyDetail,
  StudyList,
  StudyListQuery,
  StudyUpdate,
} from './schema.ts';
import { toSummary } from './summary.ts';

export interface LibraryEntry {
  record: StudyRecord;
  source: 'builtin' | repo.StoredSource;
  version: number | null;
  createdAt: string | null;
  updatedAt: string | null;
}

const builtinEntry = (record: StudyRecord): LibraryEntry => ({
  record,
  source: 'builtin',
  version: null,
  createdAt: null,
  updatedAt: null,
});

const storedEntry = (row: repo.StudyRow): LibraryEntry => ({
  record: repo.parseRecord(row),
  source: row.source as repo.StoredSource,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

async function findEntry(db: Tx, id: string): Promise<LibraryEntry | null> {
  const builtin = findBuiltin(id);
  if (builtin) return builtinEntry(builtin);
  const row = await repo.getStudy(db, id);
  return row ? storedEntry(row) : null;
}

export function toDetail(e: LibraryEntry): StudyDetail {
  return {
    id: e.record.id,
    source: e.source,
    readOnly: e.source === 'builtin',
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    statusCounts: statusCounts(e.record),
    record: e.record,
  };
}

export async function listStudies(ctx: AppContext, q: StudyListQuery): Promise<StudyList> {
  const stored = (await repo.listStudies(ctx.db.kysely, q.q)).map(storedEntry);
  const hits = searchStudies([...BUILTIN_STUDIES.map(builtinEntry), ...stored], (e) => e.record, q);
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 100;
  return {
    total: hits.length,
    items: hits.slice(offset, offset + limit).map((h) => toSummary(h.item, h.matchedIn)),
  };
}

export async function viewStudy(ctx: AppContext, id: string): Promise<StudyDetail> {
  const e = await findEntry(ctx.db.kysely, id);
  if (!e) throw notFound('Study');
  return toDetail(e);
}

export async function exportStudies(ctx: AppContext, req: ExportRequest): Promise<Exported> {
  const records: StudyRecord[] = [];
  for (const [i, id] of req.ids.entries()) {
    const e = await findEntry(ctx.db.kysely, id);
    if (!e) throw invalid(`ids.${i}`, `"${id}" is not a study in the library`);
    records.push(e.record);
  }
  return exportRecords(records, req.format);
}

/** Every study, built-in and stored (the CLI's export). */
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
    for (const r of result.added) await repo.insertStudy(trx, r, 'imported', now);
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

/** JSON with object keys sorted, so key order never counts as a change. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** Top-level fields that differ, by name, for the audit entry. */
function changedFields(before: StudyRecord, after: StudyRecord): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof StudyRecord>;
  return [...keys].filter((k) => canonical(before[k]) !== canonical(after[k])).sort();
}

export async function updateStudy(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: StudyUpdate,
): Promise<StudyDetail> {
  if (findBuiltin(id))
    throw conflict(
      `"${id}" is a built-in record: it is read-only and changes only with a Threshold release. Import the paper to curate a copy.`,
    );
  if (input.record.id !== id) throw invalid('record.id', `must be "${id}", the id in the path`);
  const record: StudyRecord = {
    ...input.record,
    citation: { ...input.record.citation, value: { ...input.record.citation.value, id } },
  };
  return transaction(ctx, async (trx) => {
    const row = await repo.getStudy(trx, id);
    if (!row) throw notFound('Study');
    const before = repo.parseRecord(row);
    if (!(await repo.updateStudy(trx, record, input.version, 'curated', new Date().toISOString())))
      throw conflict(
        `This study was changed by someone else (you edited version ${input.version}; the current version is ${row.version}). Nothing was saved.`,
        { current: toDetail(storedEntry(row)) },
      );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'study.update',
      entityType: 'study',
      entityId: id,
      details: {
        fields: changedFields(before, record),
        version: input.version + 1,
        statuses: statusCounts(record),
      },
    });
    return toDetail(storedEntry((await repo.getStudy(trx, id))!));
  });
}
