/**
 * The synthetic programs: the definitions (templates with the arms and extra instruments of
 * params.ts, validated by normalizeDefinition) and finding or storing them in an organization the
 * way the programs service stores one (program row, version 1, a consent document).
 */
import { normalizeDefinition } from '../../domain/programs/definition.ts';
import { templateById } from '../../domain/programs/templates/index.ts';
import type { AssessmentPlan, ProgramDefinition } from '../../domain/programs/types.ts';
import { checklistFor } from '../../domain/screening/index.ts';
import type { Checklist } from '../../domain/screening/types.ts';
import { documentSha256 } from '../consents/hash.ts';
import type { Tx } from '../context.ts';
import * as programsRepo from '../programs/repository.ts';
import { definitionFromRow } from '../programs/stored-definition.ts';
import { CONSENT_BODY, PROGRAMS, type ProgramKey, type ProgramSpec } from './params.ts';
import { Rng } from './prng.ts';

export const PROGRAM_KEYS: readonly ProgramKey[] = ['kap', 'ptsd', 'retreat'];

export interface SyntheticProgram {
  spec: ProgramSpec;
  id: string;
  version: number;
  definition: ProgramDefinition;
  consentDocumentId: string;
  consentVersion: number;
  /** SHA-256 of the consent document's text, recorded with each consent. */
  consentSha256: string;
  checklist: Checklist;
}

/** A template's definition with the spec's arms, arm-only sessions and extra instruments. */
export function syntheticDefinition(spec: ProgramSpec): ProgramDefinition {
  const template = templateById(spec.templateId);
  if (!template) throw new Error(`program template ${spec.templateId} is missing`);
  const base = template.definition;
  const assessments: AssessmentPlan[] = [...base.assessments];
  // The template's own timepoints (one per key suffix), repeated for each extra instrument.
  const seen = new Set<string>();
  for (const plan of base.assessments) {
    const suffix = plan.key.startsWith(`${plan.instrumentId}-`)
      ? plan.key.slice(plan.instrumentId.length + 1)
      : plan.key;
    if (seen.has(suffix) || plan.instrumentId === 'meq-30') continue;
    seen.add(suffix);
    for (const instrumentId of spec.extraInstruments) {
      if (base.assessments.some((a) => a.instrumentId === instrumentId && a.key.endsWith(suffix))) continue;
      assessments.push({ ...plan, key: `${instrumentId}-${suffix}`, instrumentId });
    }
  }
  assessments.push(...spec.extraTimepoints);
  return normalizeDefinition({
    ...base,
    name: spec.name,
    description: `${base.description} SYNTHETIC program of "threshold seed --synthetic": generated test data.`,
    arms: spec.arms.map(({ key, name, description }) => ({ key, name, description })),
    sessions: base.sessions.map((s) => ({ ...s, arms: spec.armSessions[s.key] ?? s.arms })),
    assessments,
  });
}

const programIds = (organizationId: string, seed: number, key: ProgramKey) => {
  const rng = new Rng(`synthetic-program|${organizationId}|${seed}|${key}`);
  return { programId: rng.uuid(), versionId: rng.uuid(), consentId: rng.uuid() };
};

/**
 * The organization's synthetic programs (found by name and template), created when missing:
 * program, version 1 and consent document version 1, dated `createdAt`. Ids derive from the seed.
 */
export async function ensurePrograms(
  trx: Tx,
  organizationId: string,
  seed: number,
  createdAt: string,
): Promise<{ programs: Record<ProgramKey, SyntheticProgram>; created: string[] }> {
  const existing = await programsRepo.listPrograms(trx, organizationId, 'all');
  const created: string[] = [];
  const out = {} as Record<ProgramKey, SyntheticProgram>;
  for (const key of PROGRAM_KEYS) {
    const spec = PROGRAMS[key];
    const found = existing.find((p) => p.name === spec.name && p.template_id === spec.templateId);
    if (found) {
      const version = await programsRepo.getVersion(trx, organizationId, found.id, found.current_version);
      const consent = await programsRepo.currentConsentDocument(trx, organizationId, found.id);
      if (!version || !consent)
        throw new Error(`synthetic program ${spec.name} has no version or consent document`);
      const definition = definitionFromRow(version.definition, {
        programId: found.id,
        programName: found.name,
        version: found.current_version,
      });
      out[key] = {
        spec,
        id: found.id,
        version: found.current_version,
        definition,
        consentDocumentId: consent.id,
        consentVersion: consent.version,
        consentSha256: consent.sha256 ?? documentSha256(consent.body),
        checklist: checklistFor(definition.modality),
      };
      continue;
    }
    const definition = syntheticDefinition(spec);
    const ids = programIds(organizationId, seed, key);
    await programsRepo.insertProgram(
      trx,
      organizationId,
      {
        id: ids.programId,
        name: definition.name,
        modality: definition.modality,
        format: definition.format,
        templateId: spec.templateId,
      },
      createdAt,
    );
    await programsRepo.insertVersion(
      trx,
      organizationId,
      {
        id: ids.versionId,
        programId: ids.programId,
        version: 1,
        definition: JSON.stringify(definition),
        userId: null,
      },
      createdAt,
    );
    await programsRepo.insertConsentDocument(
      trx,
      organizationId,
      {
        id: ids.consentId,
        programId: ids.programId,
        version: 1,
        title: `${definition.name}: consent (synthetic)`,
        body: CONSENT_BODY,
        userId: null,
      },
      createdAt,
    );
    created.push(ids.programId);
    out[key] = {
      spec,
      id: ids.programId,
      version: 1,
      definition,
      consentDocumentId: ids.consentId,
      consentVersion: 1,
      consentSha256: documentSha256(CONSENT_BODY),
      checklist: checklistFor(definition.modality),
    };
  }
  return { programs: out, created };
}
