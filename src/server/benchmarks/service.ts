/**
 * Publishing a program's outcomes (issue 19, part 7). Staff who manage programs choose the
 * instrument, the public minimum cell size and the studies shown beside it; publishing and
 * withdrawing are audited. The public side reads only published programs and sees the summary
 * the domain reduces (src/domain/benchmarks): no client, no small cell, no filter.
 */
import type {
  BenchmarkBody,
  BenchmarkSettingsOut,
  PublicBenchmark,
  PublicBenchmarkList,
} from '../../api/benchmarks.ts';
import { besideStudy } from '../../domain/benchmarks/evidence.ts';
import { checkBenchmarkSettings, PUBLIC_MIN_CELL_SIZE } from '../../domain/benchmarks/settings.ts';
import { publicSummary } from '../../domain/benchmarks/summary.ts';
import { notFound } from '../../domain/errors.ts';
import { getInstrument } from '../../domain/instruments/registry.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { findEntry } from '../evidence/service.ts';
import { findOrganizationBySlug, getOrganization } from '../organizations/repository.ts';
import { minCellSize } from '../outcomes/repository.ts';
import { analysableInstruments, loadProgram } from '../outcomes/service.ts';
import { NOTICE_TEXT } from './page-text.ts';
import { wholeProgramReport } from './report.ts';
import * as repo from './repository.ts';

const floorOf = async (db: Tx, organizationId: string) =>
  Math.max(PUBLIC_MIN_CELL_SIZE, await minCellSize(db, organizationId));

export const publicLinks = (slug: string, programId: string) => ({
  page: `/results/${encodeURIComponent(slug)}/${programId}`,
  json: `/api/public/organizations/${encodeURIComponent(slug)}/benchmarks/${programId}`,
});

export async function benchmarkSettings(
  ctx: AppContext,
  scope: OrgScope,
  programId: string,
): Promise<BenchmarkSettingsOut> {
  const db = ctx.db.kysely;
  const p = await loadProgram(ctx, scope.organizationId, programId);
  const [row, floor, org] = await Promise.all([
    repo.getBenchmark(db, scope.organizationId, programId),
    floorOf(db, scope.organizationId),
    getOrganization(db, scope.organizationId),
  ]);
  return {
    published: row !== undefined,
    instrumentId: row?.instrument_id ?? analysableInstruments(p.versions)[0] ?? null,
    minCellSize: row?.min_cell_size ?? floor,
    minCellFloor: floor,
    studyIds: row ? (JSON.parse(row.study_ids) as string[]) : [],
    publishedAt: row ? new Date(row.published_at).toISOString() : null,
    links: row && org ? publicLinks(org.slug, programId) : null,
  };
}

export async function publishBenchmark(
  ctx: AppContext,
  scope: OrgScope,
  programId: string,
  body: BenchmarkBody,
): Promise<BenchmarkSettingsOut> {
  const org = scope.organizationId;
  const p = await loadProgram(ctx, scope.organizationId, programId);
  await transaction(ctx, async (trx) => {
    const known = new Set<string>();
    for (const id of body.studyIds) if (await findEntry(trx, org, id)) known.add(id);
    const settings = checkBenchmarkSettings(body, {
      instruments: analysableInstruments(p.versions),
      researcherMinCell: await minCellSize(trx, org),
      hasStudy: (id) => known.has(id),
    });
    await repo.saveBenchmark(trx, {
      organization_id: org,
      program_id: programId,
      instrument_id: settings.instrumentId,
      min_cell_size: settings.minCellSize,
      study_ids: JSON.stringify(settings.studyIds),
      published_by_user_id: scope.actor.userId,
      published_at: new Date().toISOString(),
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'benchmark.publish',
      entityType: 'program',
      entityId: programId,
      details: { ...settings },
    });
  });
  return benchmarkSettings(ctx, scope, programId);
}

export async function withdrawBenchmark(ctx: AppContext, scope: OrgScope, programId: string): Promise<void> {
  const org = scope.organizationId;
  await loadProgram(ctx, scope.organizationId, programId);
  await transaction(ctx, async (trx) => {
    if (!(await repo.deleteBenchmark(trx, org, programId))) throw notFound('Published outcome summary');
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'benchmark.withdraw',
      entityType: 'program',
      entityId: programId,
    });
  });
}

async function organizationOf(ctx: AppContext, slug: string) {
  const org = await findOrganizationBySlug(ctx.db.kysely, slug);
  if (!org) throw notFound('Organization');
  return org;
}

export async function publicBenchmarkList(ctx: AppContext, slug: string): Promise<PublicBenchmarkList> {
  const org = await organizationOf(ctx, slug);
  const rows = await repo.listPublished(ctx.db.kysely, org.id);
  return {
    organization: { name: org.name, slug: org.slug },
    items: rows.map((r) => ({
      programId: r.program_id,
      programName: r.name,
      publishedAt: new Date(r.published_at).toISOString(),
      ...publicLinks(org.slug, r.program_id),
    })),
  };
}

export async function publicBenchmark(
  ctx: AppContext,
  slug: string,
  programId: string,
): Promise<PublicBenchmark> {
  const db = ctx.db.kysely;
  const org = await organizationOf(ctx, slug);
  const row = await repo.getBenchmark(db, org.id, programId);
  if (!row) throw notFound('Published outcome summary');
  const p = await loadProgram(ctx, org.id, programId);
  const report = await wholeProgramReport(ctx, org.id, programId, p.versions, row.instrument_id);
  const studies = [];
  for (const id of JSON.parse(row.study_ids) as string[]) {
    const entry = await findEntry(db, org.id, id);
    if (entry) studies.push(besideStudy(entry.record));
  }
  const def = getInstrument(row.instrument_id);
  return {
    organization: { name: org.name, slug: org.slug, locale: org.locale },
    program: { id: programId, name: p.program.name, modality: p.program.modality },
    instrument: { id: def.id, shortName: def.shortName, name: def.name },
    summary: publicSummary(report, Math.max(row.min_cell_size, await floorOf(db, org.id))),
    studies,
    publishedAt: new Date(row.published_at).toISOString(),
    generatedAt: new Date().toISOString(),
    notice: NOTICE_TEXT.en,
  };
}
