/**
 * PUT /api/studies/:id: curating a stored study. Built-in records are refused with 409: they are
 * the checked transcription of the reference files and change only with a release (to correct one,
 * fix src/domain/evidence/library/ with its source, or import the paper and curate that copy).
 *
 * Stored studies are shared by every organization and read-only across organizations (issue 14,
 * finding 10): the organization that imported one edits it in place; any other organization's
 * first edit makes its own copy (copy-on-write), which it sees and edits from then on while
 * everyone else keeps seeing the shared record. Every edit is versioned (a stale one is 409 with
 * the current record) and audited in the editor's organization.
 */

import type { StudyDetail, StudyUpdate } from '../../api/evidence.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { statusCounts } from '../../domain/evidence/facts.ts';
import { findBuiltin } from '../../domain/evidence/library/index.ts';
import type { StudyRecord } from '../../domain/evidence/types.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import * as copies from './copies.repository.ts';
import * as repo from './repository.ts';
import { copyEntry, type LibraryEntry, storedEntry, toDetail } from './service.ts';

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

const stale = (edited: number, current: LibraryEntry) =>
  conflict(
    'study-version-stale',
    { seen: edited, current: current.version ?? '' },
    { current: toDetail(current) },
  );

/** Writes the edit where this organization may: its copy, its own import, or a new copy. */
async function write(
  trx: Tx,
  organizationId: string,
  record: StudyRecord,
  version: number,
  now: string,
): Promise<{ before: LibraryEntry; copied: boolean }> {
  const copy = await copies.getCopy(trx, organizationId, record.id);
  if (copy) {
    const before = copyEntry(copy);
    if (!(await copies.updateCopy(trx, organizationId, record, version, now))) throw stale(version, before);
    return { before, copied: false };
  }
  const row = await repo.getStudy(trx, record.id);
  if (!row) throw notFound('Study');
  const before = storedEntry(row, organizationId);
  if (before.scope === 'own') {
    if (!(await repo.updateStudy(trx, organizationId, record, version, 'curated', now)))
      throw stale(version, before);
    return { before, copied: false };
  }
  if (row.version !== version) throw stale(version, before);
  if (!(await copies.insertCopy(trx, organizationId, record, version + 1, now))) {
    const raced = await copies.getCopy(trx, organizationId, record.id);
    throw stale(version, raced ? copyEntry(raced) : before);
  }
  return { before, copied: true };
}

export async function updateStudy(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: StudyUpdate,
): Promise<StudyDetail> {
  if (findBuiltin(id)) throw conflict('study-built-in', { id });
  if (input.record.id !== id) throw invalid('record.id', 'id-path', { id });
  const record: StudyRecord = {
    ...input.record,
    citation: { ...input.record.citation, value: { ...input.record.citation.value, id } },
  };
  return transaction(ctx, async (trx) => {
    const { before, copied } = await write(
      trx,
      scope.organizationId,
      record,
      input.version,
      new Date().toISOString(),
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'study.update',
      entityType: 'study',
      entityId: id,
      details: {
        fields: changedFields(before.record, record),
        version: input.version + 1,
        statuses: statusCounts(record),
        ...(copied ? { copyOf: 'shared' } : {}),
      },
    });
    const after = await copies.getCopy(trx, scope.organizationId, id);
    return toDetail(
      after ? copyEntry(after) : storedEntry((await repo.getStudy(trx, id))!, scope.organizationId),
    );
  });
}
