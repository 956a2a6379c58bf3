/**
 * Programs: created from a template or a definition, edited into new versions (an enrolled client
 * stays on the version they started), archived and restored, previewed (nothing stored), and their
 * consent documents, each new text a new version.
 */
import { createHash, randomUUID } from 'node:crypto';
import type {
  ConsentDocument,
  ConsentDocumentCreate,
  PreviewInput,
  Program,
  ProgramCreate,
  ProgramSummary,
  ProgramUpdate,
} from '../../api/programs.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { assertLicensedCopies } from '../../domain/instruments/licensed.ts';
import type { UiLanguage } from '../../domain/locale/locales.ts';
import { assessmentsDue } from '../../domain/programs/assessments.ts';
import { normalizeDefinition } from '../../domain/programs/definition.ts';
import { planSessions } from '../../domain/programs/schedule.ts';
import { PROGRAM_TEMPLATES, templateById } from '../../domain/programs/templates/index.ts';
import { localizeTemplate } from '../../domain/programs/templates/localize.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { heldCopies } from '../instruments/of-organization.ts';
import { organizationTimezone } from '../organizations/repository.ts';
import { checkCalendarDate, checkTimezone, startOfDay } from './dates.ts';
import * as repo from './repository.ts';
import { definitionFromRow, readStoredDefinition } from './stored-definition.ts';

/** A definition may schedule a licensed-copy instrument (the CEQ) only once the organization stored its copy. */
async function checkCopiesHeld(trx: Tx, organizationId: string, definition: ProgramDefinition) {
  assertLicensedCopies(definition, await heldCopies(trx, organizationId));
}

export function listTemplates(language: UiLanguage) {
  return PROGRAM_TEMPLATES.map((template) => localizeTemplate(template, language)).map((t) => ({
    id: t.id,
    title: t.title,
    summary: t.summary,
    definition: t.definition,
  }));
}

function toSummary(r: repo.ProgramRow): ProgramSummary {
  return {
    id: r.id,
    name: r.name,
    modality: r.modality as ProgramSummary['modality'],
    format: r.format as ProgramSummary['format'],
    templateId: r.template_id,
    currentVersion: r.current_version,
    archivedAt: r.archived_at,
    updatedAt: r.updated_at,
  };
}

export function toConsentDocument(d: repo.ConsentDocumentRow): ConsentDocument {
  return {
    id: d.id,
    version: d.version,
    title: d.title,
    body: d.body,
    createdAt: d.created_at,
    createdBy: d.created_by_user_id ? { id: d.created_by_user_id, name: d.created_by_name ?? '' } : null,
  };
}

/** A program of this organization, or the same 404 for a random id and another organization's. */
export async function requireProgram(trx: Tx, organizationId: string, id: string): Promise<repo.ProgramRow> {
  const p = await repo.getProgram(trx, organizationId, id);
  if (!p) throw notFound('Program');
  return p;
}

/** The stored definition of one version of a program. */
export async function loadDefinition(
  trx: Tx,
  organizationId: string,
  programId: string,
  version: number,
): Promise<ProgramDefinition> {
  return readStoredDefinition(trx, organizationId, programId, version);
}

async function readProgram(trx: Tx, organizationId: string, row: repo.ProgramRow): Promise<Program> {
  const [definition, versions, consent] = await Promise.all([
    loadDefinition(trx, organizationId, row.id, row.current_version),
    repo.listVersions(trx, organizationId, row.id),
    repo.currentConsentDocument(trx, organizationId, row.id),
  ]);
  return {
    ...toSummary(row),
    definition,
    versions: versions.map((v) => ({
      version: v.version,
      createdAt: v.created_at,
      createdBy: v.created_by_user_id ? { id: v.created_by_user_id, name: v.created_by_name ?? '' } : null,
    })),
    consentDocument: consent ? toConsentDocument(consent) : null,
    createdAt: row.created_at,
  };
}

export async function listPrograms(
  ctx: AppContext,
  scope: OrgScope,
  status: 'active' | 'archived' | 'all',
): Promise<ProgramSummary[]> {
  return (await repo.listPrograms(ctx.db.kysely, scope.organizationId, status)).map(toSummary);
}

export async function getProgram(ctx: AppContext, scope: OrgScope, id: string): Promise<Program> {
  return transaction(ctx, async (trx) =>
    readProgram(trx, scope.organizationId, await requireProgram(trx, scope.organizationId, id)),
  );
}

export async function getVersion(ctx: AppContext, scope: OrgScope, id: string, version: number) {
  return transaction(ctx, async (trx) => {
    await requireProgram(trx, scope.organizationId, id);
    const v = await repo.getVersion(trx, scope.organizationId, id, version);
    if (!v) throw notFound('Program version');
    const definition = definitionFromRow(v.definition, { programId: id, version: v.version });
    return { version: v.version, definition, createdAt: v.created_at };
  });
}

/**
 * The program id a create request with this requestId gets: derived from the organization and the
 * requestId, so a repeated request finds the program it made, and no organization can reach
 * another's program by sending the same requestId.
 */
function idForRequest(organizationId: string, requestId: string): string {
  const h = createHash('sha256').update(`program:${organizationId}:${requestId.toLowerCase()}`).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function definitionOf(input: ProgramCreate): { definition: ProgramDefinition; templateId: string | null } {
  if (input.templateId !== undefined && input.definition === undefined) {
    const t = templateById(input.templateId);
    if (!t) throw invalid('templateId', 'not-program-template', { templateId: input.templateId });
    const said = localizeTemplate(t, input.language ?? 'en');
    return { definition: normalizeDefinition(said.definition), templateId: t.id };
  }
  if (input.definition !== undefined && input.templateId === undefined) {
    return { definition: normalizeDefinition(input.definition), templateId: null };
  }
  throw invalid('templateId', 'give-either-templateid-definition');
}

/** The program an earlier request with the same requestId created, if any. */
async function earlierCreate(ctx: AppContext, organizationId: string, id: string): Promise<Program | null> {
  return transaction(ctx, async (trx) => {
    const row = await repo.getProgram(trx, organizationId, id);
    return row ? readProgram(trx, organizationId, row) : null;
  });
}

/**
 * Creates a program (version 1). With a requestId the create is idempotent: the same request again
 * answers the program already made (no second program, no second audit entry).
 */
export async function createProgram(
  ctx: AppContext,
  scope: OrgScope,
  input: ProgramCreate,
): Promise<Program> {
  const { definition, templateId } = definitionOf(input);
  const id = input.requestId ? idForRequest(scope.organizationId, input.requestId) : randomUUID();
  if (input.requestId) {
    const earlier = await earlierCreate(ctx, scope.organizationId, id);
    if (earlier) return earlier;
  }
  try {
    return await insertNewProgram(ctx, scope, id, definition, templateId);
  } catch (error) {
    // Two identical requests at the same moment: the second insert meets the first one's row.
    const earlier = input.requestId ? await earlierCreate(ctx, scope.organizationId, id) : null;
    if (earlier) return earlier;
    throw error;
  }
}

async function insertNewProgram(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  definition: ProgramDefinition,
  templateId: string | null,
): Promise<Program> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    await checkCopiesHeld(trx, scope.organizationId, definition);
    await repo.insertProgram(
      trx,
      scope.organizationId,
      { id, name: definition.name, modality: definition.modality, format: definition.format, templateId },
      now,
    );
    await repo.insertVersion(
      trx,
      scope.organizationId,
      {
        id: randomUUID(),
        programId: id,
        version: 1,
        definition: JSON.stringify(definition),
        userId: scope.actor.userId,
      },
      now,
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'program.create',
      entityType: 'program',
      entityId: id,
      details: { templateId, version: 1 },
    });
    return readProgram(trx, scope.organizationId, (await repo.getProgram(trx, scope.organizationId, id))!);
  });
}

/**
 * True when this save repeats the one that made the current version: the same person, from the
 * version just before it, with the identical definition (a double click, a retried request). It is
 * answered with the program as saved instead of a false "someone else changed it".
 */
async function isRepeatOfLastSave(
  trx: Tx,
  scope: OrgScope,
  program: repo.ProgramRow,
  baseVersion: number,
  definition: ProgramDefinition,
): Promise<boolean> {
  if (program.current_version !== baseVersion + 1) return false;
  const last = await repo.getVersion(trx, scope.organizationId, program.id, program.current_version);
  return (
    !!last && last.created_by_user_id === scope.actor.userId && last.definition === JSON.stringify(definition)
  );
}

export async function updateProgram(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: ProgramUpdate,
): Promise<Program> {
  const definition = normalizeDefinition(input.definition);
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const before = await requireProgram(trx, scope.organizationId, id);
    await checkCopiesHeld(trx, scope.organizationId, definition);
    if (await isRepeatOfLastSave(trx, scope, before, input.baseVersion, definition)) {
      return readProgram(trx, scope.organizationId, before);
    }
    if (before.current_version !== input.baseVersion) {
      throw conflict(
        'program-version-stale',
        { seen: input.baseVersion, current: before.current_version },
        { current: await readProgram(trx, scope.organizationId, before) },
      );
    }
    if (definition.format !== before.format) {
      const used = await repo.usage(trx, scope.organizationId, id);
      if (used.cohorts || used.enrollments) {
        throw conflict('program-format-fixed', { from: before.format, to: definition.format });
      }
    }
    const advanced = await repo.advanceVersion(
      trx,
      scope.organizationId,
      id,
      input.baseVersion,
      { name: definition.name, modality: definition.modality, format: definition.format },
      now,
    );
    if (!advanced) {
      const current = (await repo.getProgram(trx, scope.organizationId, id))!;
      // The same save arriving at the same moment (PostgreSQL): the other one made the version.
      if (await isRepeatOfLastSave(trx, scope, current, input.baseVersion, definition)) {
        return readProgram(trx, scope.organizationId, current);
      }
      throw conflict(
        'program-stale',
        {},
        {
          current: await readProgram(trx, scope.organizationId, current),
        },
      );
    }
    const version = input.baseVersion + 1;
    await repo.insertVersion(
      trx,
      scope.organizationId,
      {
        id: randomUUID(),
        programId: id,
        version,
        definition: JSON.stringify(definition),
        userId: scope.actor.userId,
      },
      now,
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'program.update',
      entityType: 'program',
      entityId: id,
      details: { fromVersion: input.baseVersion, version },
    });
    return readProgram(trx, scope.organizationId, (await repo.getProgram(trx, scope.organizationId, id))!);
  });
}

export async function setArchived(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  archive: boolean,
): Promise<Program> {
  return transaction(ctx, async (trx) => {
    const before = await requireProgram(trx, scope.organizationId, id);
    const now = new Date().toISOString();
    if (archive !== !!before.archived_at) {
      await repo.setArchived(trx, scope.organizationId, id, archive ? now : null, now);
      await ctx.audit.append(trx, scope.actor, {
        organizationId: scope.organizationId,
        action: archive ? 'program.archive' : 'program.restore',
        entityType: 'program',
        entityId: id,
      });
    }
    return readProgram(trx, scope.organizationId, (await repo.getProgram(trx, scope.organizationId, id))!);
  });
}

/** What a definition would schedule from a start date: nothing is stored. */
export async function preview(ctx: AppContext, scope: OrgScope, input: PreviewInput) {
  const definition = normalizeDefinition(input.definition);
  await checkCopiesHeld(ctx.db.kysely, scope.organizationId, definition);
  const startDate = checkCalendarDate('startDate', input.startDate);
  const timezone =
    input.timezone !== undefined
      ? checkTimezone('timezone', input.timezone)
      : await organizationTimezone(ctx.db.kysely, scope.organizationId);
  const arm = input.arm ?? null;
  if (arm !== null && !definition.arms.some((a) => a.key === arm)) {
    throw invalid('arm', 'not-arm-program', { arm });
  }
  const sessions = planSessions(definition, { startDate, timezone, arm, kind: 'all' });
  const assessments = assessmentsDue(definition, {
    enrolledAt: startOfDay(startDate, timezone),
    startDate,
    timezone,
    arm,
    sessions: sessions.map((s) => ({
      planKey: s.planKey,
      dosing: s.dosing !== null,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      status: 'scheduled' as const,
    })),
    responses: [],
    now: new Date().toISOString(),
  });
  return { sessions, assessments };
}

export async function listConsentDocuments(ctx: AppContext, scope: OrgScope, programId: string) {
  return transaction(ctx, async (trx) => {
    await requireProgram(trx, scope.organizationId, programId);
    return (await repo.listConsentDocuments(trx, scope.organizationId, programId)).map(toConsentDocument);
  });
}

export async function createConsentDocument(
  ctx: AppContext,
  scope: OrgScope,
  programId: string,
  input: ConsentDocumentCreate,
): Promise<ConsentDocument> {
  const title = input.title.trim();
  if (!title) throw invalid('title', 'required');
  if (!input.body.trim()) throw invalid('body', 'required');
  const id = randomUUID();
  return transaction(ctx, async (trx) => {
    await requireProgram(trx, scope.organizationId, programId);
    await repo.lockProgram(trx, scope.organizationId, programId);
    const current = await repo.currentConsentDocument(trx, scope.organizationId, programId);
    const version = (current?.version ?? 0) + 1;
    await repo.insertConsentDocument(
      trx,
      scope.organizationId,
      { id, programId, version, title, body: input.body, userId: scope.actor.userId },
      new Date().toISOString(),
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'consent-document.create',
      entityType: 'consent-document',
      entityId: id,
      details: { programId, version },
    });
    return toConsentDocument((await repo.currentConsentDocument(trx, scope.organizationId, programId))!);
  });
}
