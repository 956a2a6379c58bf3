/**
 * Instrument texts per organization and language: the registry's English, Threshold's built-in
 * translations, and the licensed translations an organization adds (owners and clinicians; checked
 * for completeness; audited). The portal, staff entry and FHIR ask here which texts to use, so an
 * organization's translation reaches its own clients only.
 */

import type {
  InstalledTranslation,
  TranslationList,
  TranslationPut,
} from '../../api/instrument-translations.ts';
import { notFound } from '../../domain/errors.ts';
import { getInstrument, INSTRUMENTS } from '../../domain/instruments/registry.ts';
import { checkLanguage, checkTranslation } from '../../domain/instruments/translations/check.ts';
import {
  builtInLanguages,
  type LocalizedInstrument,
  localize,
  SOURCE_LANGUAGE,
} from '../../domain/instruments/translations/localize.ts';
import type { InstrumentDefinition, InstrumentTexts } from '../../domain/instruments/types.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import * as repo from './repository.ts';

/** The texts of `language` this organization can use, or null (English is then shown). */
export async function textsFor(
  db: Tx,
  organizationId: string,
  def: InstrumentDefinition,
  language: string,
): Promise<{ texts: InstrumentTexts; origin: 'built-in' | 'organization' } | null> {
  if (language === SOURCE_LANGUAGE) return null;
  const row = await repo.findOne(db, organizationId, def.id, language);
  if (row && row.instrument_version === def.version) {
    return { texts: JSON.parse(row.texts) as InstrumentTexts, origin: 'organization' };
  }
  const builtIn = def.translations?.[language];
  return builtIn ? { texts: builtIn.value, origin: 'built-in' } : null;
}

/** Languages this organization holds the instrument in: English, built-in, its own. */
export async function installedLanguages(
  db: Tx,
  organizationId: string,
  def: InstrumentDefinition,
): Promise<string[]> {
  const own = await repo.languagesFor(db, organizationId, def.id);
  return [...new Set([...builtInLanguages(def), ...own])];
}

export interface ClientTexts {
  localized: LocalizedInstrument;
  texts: InstrumentTexts | null;
  /** Languages held for this instrument, to name when the client's is not among them. */
  installed: string[];
}

/** The instrument as a client with this language reads it, in this organization. */
export async function forClient(
  db: Tx,
  organizationId: string,
  def: InstrumentDefinition,
  language: string,
): Promise<ClientTexts> {
  const [shown, installed] = await Promise.all([
    shownTo(db, organizationId, def, language),
    installedLanguages(db, organizationId, def),
  ]);
  return { ...shown, installed };
}

/** As `forClient`, without the languages held (a submission's result needs only the texts shown). */
export async function shownTo(
  db: Tx,
  organizationId: string,
  def: InstrumentDefinition,
  language: string,
): Promise<Omit<ClientTexts, 'installed'>> {
  const found = await textsFor(db, organizationId, def, language);
  return {
    localized: localize(def, language, found?.texts ?? null, found?.origin),
    texts: found?.texts ?? null,
  };
}

/**
 * Every translation this organization can use, per instrument (built-in, then its own for the
 * current registry version; its own replaces a built-in of the same language).
 */
export async function allTextsFor(
  db: Tx,
  organizationId: string,
): Promise<Map<string, Array<{ language: string; texts: InstrumentTexts }>>> {
  const rows = await repo.listForOrg(db, organizationId);
  const out = new Map<string, Array<{ language: string; texts: InstrumentTexts }>>();
  for (const d of INSTRUMENTS) {
    const byLanguage = new Map<string, InstrumentTexts>();
    for (const [language, t] of Object.entries(d.translations ?? {})) byLanguage.set(language, t.value);
    for (const r of rows) {
      if (r.instrument_id === d.id && r.instrument_version === d.version) {
        byLanguage.set(r.language, JSON.parse(r.texts) as InstrumentTexts);
      }
    }
    out.set(
      d.id,
      [...byLanguage].map(([language, texts]) => ({ language, texts })),
    );
  }
  return out;
}

/** Every translation installed for this organization's clients (built-in and its own). */
export async function listTranslations(ctx: AppContext, scope: OrgScope): Promise<TranslationList> {
  const rows = await repo.listForOrg(ctx.db.kysely, scope.organizationId);
  const builtIn: InstalledTranslation[] = INSTRUMENTS.flatMap((d) =>
    Object.entries(d.translations ?? {}).map(([language, t]) => ({
      instrumentId: d.id,
      language,
      origin: 'built-in' as const,
      licence: t.source,
      instrumentVersion: d.version,
      addedBy: null,
      addedAt: null,
    })),
  );
  const own: InstalledTranslation[] = rows.map((r) => ({
    instrumentId: r.instrument_id,
    language: r.language,
    origin: 'organization',
    licence: r.licence_note,
    instrumentVersion: r.instrument_version,
    addedBy: r.added_by_name ?? null,
    addedAt: new Date(r.added_at).toISOString(),
  }));
  const items = [...builtIn, ...own];
  return {
    instruments: INSTRUMENTS.map((d) => ({
      instrumentId: d.id,
      shortName: d.shortName,
      languages: [
        ...new Set([
          ...builtInLanguages(d),
          ...own
            .filter((t) => t.instrumentId === d.id && t.instrumentVersion === d.version)
            .map((t) => t.language),
        ]),
      ],
    })),
    items,
  };
}

/** The stored texts of one of the organization's translations. */
export async function getTranslation(
  ctx: AppContext,
  scope: OrgScope,
  instrumentId: string,
  language: string,
) {
  const def = getInstrument(instrumentId);
  const row = await repo.findOne(ctx.db.kysely, scope.organizationId, def.id, language);
  if (!row) throw notFound(`${def.shortName} translation "${language}"`);
  return {
    instrumentId: def.id,
    language,
    origin: 'organization' as const,
    licence: row.licence_note,
    instrumentVersion: row.instrument_version,
    addedBy: row.added_by_name ?? null,
    addedAt: new Date(row.added_at).toISOString(),
    texts: JSON.parse(row.texts) as InstrumentTexts,
  };
}

/** Checks and stores a translation (replacing the organization's earlier one), audited. */
export async function putTranslation(
  ctx: AppContext,
  scope: OrgScope,
  instrumentId: string,
  language: string,
  input: TranslationPut,
) {
  const def = getInstrument(instrumentId);
  checkLanguage(language);
  const texts = checkTranslation(def, input.texts);
  const licence = input.licence.trim();
  const now = new Date().toISOString();
  await transaction(ctx, async (trx) => {
    await repo.replace(trx, {
      organizationId: scope.organizationId,
      instrumentId: def.id,
      instrumentVersion: def.version,
      language,
      texts: JSON.stringify(texts),
      licence,
      addedBy: scope.actor.userId ?? scope.actor.label ?? 'unknown',
      addedAt: now,
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'instrument-translation.put',
      entityType: 'instrument',
      entityId: def.id,
      details: { language, instrumentVersion: def.version, licence, items: Object.keys(texts.items).length },
    });
  });
  return getTranslation(ctx, scope, def.id, language);
}

/** Removes one of the organization's translations, audited. */
export async function deleteTranslation(
  ctx: AppContext,
  scope: OrgScope,
  instrumentId: string,
  language: string,
): Promise<void> {
  const def = getInstrument(instrumentId);
  await transaction(ctx, async (trx) => {
    const removed = await repo.remove(trx, scope.organizationId, def.id, language);
    if (!removed) throw notFound(`${def.shortName} translation "${language}"`);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'instrument-translation.delete',
      entityType: 'instrument',
      entityId: def.id,
      details: { language },
    });
  });
}
