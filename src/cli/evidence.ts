/**
 * `threshold evidence export` and `threshold evidence import`: the evidence library as BibTeX, RIS
 * or CSL-JSON files. Bad input (an unknown format, id or extension, an unreadable file) is a
 * UsageError: one line naming the problem, exit code 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../domain/errors.ts';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  IMPORT_FORMATS,
  type ImportFormat,
} from '../domain/evidence/citations.ts';
import { systemActor } from '../server/audit/audit-log.ts';
import { allStudies, exportStudies, importStudies } from '../server/evidence/service.ts';
import { UsageError, withContext } from './runtime.ts';

const EXTENSIONS: Record<string, ImportFormat> = {
  '.bib': 'bibtex',
  '.bibtex': 'bibtex',
  '.ris': 'ris',
  '.json': 'csl-json',
  '.csl': 'csl-json',
};

function exportFormat(value: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(value))
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${value}")`);
  return value as ExportFormat;
}

function importFormat(file: string, value: string | undefined): ImportFormat {
  if (value !== undefined) {
    if (!(IMPORT_FORMATS as readonly string[]).includes(value))
      throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(', ')} (got "${value}")`);
    return value as ImportFormat;
  }
  const format = EXTENSIONS[path.extname(file).toLowerCase()];
  if (!format)
    throw new UsageError(
      `cannot tell the format of "${file}" from its extension (.bib, .ris or .json); give --format`,
    );
  return format;
}

/** A domain validation error as one line for the terminal ("content: holds no BibTeX entries"). */
function usage(e: unknown): never {
  if (e instanceof DomainError && e.kind === 'validation') throw new UsageError(e.message.split('\n')[0]);
  throw e;
}

export function evidenceExport(o: { format: string; out?: string; ids?: string }): Promise<void> {
  const format = exportFormat(o.format);
  const ids = o.ids
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (o.ids !== undefined && !ids?.length) throw new UsageError('--ids needs at least one study id');
  return withContext(async (ctx) => {
    const wanted = ids ?? (await allStudies(ctx)).map((r) => r.id);
    const out = await exportStudies(ctx, { ids: wanted, format }).catch((e: unknown) => {
      if (e instanceof DomainError && e.kind === 'validation' && ids) {
        const i = Number(e.fields[0]?.field.split('.')[1]);
        throw new UsageError(`--ids: "${ids[i] ?? '?'}" is not a study in the library`);
      }
      return usage(e);
    });
    if (!o.out) {
      process.stdout.write(out.body);
      return;
    }
    try {
      fs.writeFileSync(o.out, out.body);
    } catch (e) {
      throw new UsageError(
        `cannot write ${o.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
    console.error(
      `Wrote ${wanted.length} ${wanted.length === 1 ? 'study' : 'studies'} to ${o.out} (${format}).`,
    );
  });
}

export function evidenceImport(file: string, o: { format?: string }): Promise<void> {
  const format = importFormat(file, o.format);
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!content.trim()) throw new UsageError(`${file} is empty`);
  return withContext(async (ctx) => {
    const r = await importStudies(
      ctx,
      { actor: systemActor('cli evidence import'), organizationId: null },
      {
        format,
        content,
      },
    ).catch(usage);
    console.log(
      `Imported ${r.added.length} new ${r.added.length === 1 ? 'study' : 'studies'} (every fact unverified); ${r.duplicates.length} already in the library.`,
    );
    for (const a of r.added) console.log(`  added ${a.id}: ${a.label}`);
    for (const d of r.duplicates) console.log(`  entry ${d.entry} is ${d.duplicateOf} (same ${d.by})`);
  });
}
