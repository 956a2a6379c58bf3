/**
 * `threshold meta <file.csv> --measure … [--method …] [--test z|knha] [--level 95] [--json]`: a
 * meta-analysis of the studies in a CSV file, as metafor's escalc + rma.
 *
 * Columns are named as escalc's arguments (any order, case-insensitive, extra columns ignored):
 * ai,bi,ci,di or ai,n1i,ci,n2i (RR, OR, RD) | xi,ni (PLO, PR) | m1i,sd1i,n1i,m2i,sd2i,n2i (MD, SMD) |
 * yi,vi (GEN), and an optional `study` label.
 *
 * Bad input is one line and exit code 2, naming the place by LINE of the file, the header being
 * line 1 (so data row n is line n + 1; both are printed), and the column.
 */
import { readFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { MetaAnalysis, StudyRow } from '../domain/meta/analysis.ts';
import { MEASURES, METHODS, NUMERIC_COLUMNS, type NumericColumn, TESTS } from '../domain/meta/columns.ts';
import { backTransformFor } from '../domain/meta/transforms.ts';
import type { Measure, Method, TestType } from '../domain/meta/types.ts';
import { UsageError } from './usage-error.ts';

/** The analysis module, loaded when the command runs (the command line starts without it). */
type Analysis = typeof import('../domain/meta/analysis.ts');

interface MetaOptions {
  measure: Measure;
  method: Method;
  test: TestType;
  level: number;
  json?: boolean;
}

export function addMetaCommand(program: Command): void {
  program
    .command('meta <file>')
    .description(
      "Meta-analysis of a CSV of studies (columns as metafor's escalc: ai,bi,ci,di | ai,n1i,ci,n2i | xi,ni | m1i,sd1i,n1i,m2i,sd2i,n2i | yi,vi; optional study), fitted as metafor's rma",
    )
    .addOption(new Option('--measure <measure>', 'effect size').choices(MEASURES).makeOptionMandatory())
    .addOption(new Option('--method <method>', 'FE, or a tau² estimator').choices(METHODS).default('REML'))
    .addOption(new Option('--test <test>', 'z, or knha (Knapp–Hartung)').choices(TESTS).default('z'))
    .addOption(new Option('--level <percent>', 'confidence level').argParser(parseLevel).default(95))
    .option('--json', 'print one JSON object (see the API POST /api/meta/analyze)')
    .action((file: string, o: MetaOptions) => meta(file, o));
}

function parseLevel(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 1 && n < 100))
    throw new InvalidArgumentError('must be a percentage between 1 and 100, e.g. 95');
  return n;
}

export async function meta(file: string, o: MetaOptions): Promise<void> {
  const { analyze, StudyInputError, ...analysis } = await import('../domain/meta/analysis.ts');
  const { parse } = await import('csv-parse/sync');
  const { rows, lines } = readStudies(file, o.measure, { ...analysis, parse });
  let result: MetaAnalysis;
  try {
    result = analyze({ measure: o.measure, method: o.method, test: o.test, level: o.level, studies: rows });
  } catch (err) {
    if (err instanceof StudyInputError) {
      const line = lines[err.index] ?? err.index + 2;
      throw new UsageError(`${file}: ${at(line, err.index + 1, err.column)}: ${err.fields[0]!.message}`);
    }
    throw err;
  }
  console.log(o.json ? JSON.stringify(result) : table(result));
}

const at = (line: number, row: number, column: string) => `line ${line} (data row ${row}), column ${column}`;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The CSV's studies, and each one's line in the file (header = line 1). */
function readStudies(
  file: string,
  measure: Measure,
  {
    REQUIRED_COLUMNS,
    defaultLabel,
    parse,
  }: Pick<Analysis, 'REQUIRED_COLUMNS' | 'defaultLabel'> & Pick<typeof import('csv-parse/sync'), 'parse'>,
): { rows: StudyRow[]; lines: number[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  if (text.trim() === '')
    throw new UsageError(`${file}: line 1: the file is empty; expected a header naming the columns`);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new UsageError(`${file}: line ${e.lines ?? '?'}: not valid CSV (${e.message.split('\n')[0]})`);
  }
  const [header, ...data] = records;
  const names = header!.record.map((h) => h.toLowerCase());
  const headerLine = header!.info.lines;
  const dup = names.find((n, i) => n !== '' && names.indexOf(n) !== i);
  if (dup) throw new UsageError(`${file}: line ${headerLine} (header): column ${dup} appears twice`);
  const needed = REQUIRED_COLUMNS[measure];
  for (const spec of needed) {
    const options = spec.split('|');
    if (!options.some((c) => names.includes(c))) {
      throw new UsageError(
        `${file}: line ${headerLine} (header): no column ${options.join(' or ')}; measure ${measure} needs columns ${needed.join(', ').replaceAll('|', ' or ')}`,
      );
    }
  }
  if (data.length === 0) throw new UsageError(`${file}: no data rows after the header (line ${headerLine})`);
  const wanted = new Set(needed.flatMap((s) => s.split('|')));
  const columns = names
    .map((name, index) => ({ name, index }))
    .filter(
      (c): c is { name: NumericColumn; index: number } =>
        (NUMERIC_COLUMNS as readonly string[]).includes(c.name) && wanted.has(c.name),
    );
  const studyIndex = names.indexOf('study');
  const rows = data.map(({ record, info }, r) => {
    const row: StudyRow = {};
    const label = studyIndex >= 0 ? record[studyIndex] : undefined;
    row.study = label ? label : defaultLabel(r);
    for (const { name, index } of columns) {
      const cell = record[index] ?? '';
      if (cell === '')
        throw new UsageError(`${file}: ${at(info.lines, r + 1, name)}: empty cell; a number is needed`);
      if (!NUMBER.test(cell))
        throw new UsageError(
          `${file}: ${at(info.lines, r + 1, name)}: "${cell.slice(0, 40)}" is not a number`,
        );
      row[name] = Number(cell);
    }
    return row;
  });
  return { rows, lines: data.map((d) => d.info.lines) };
}

const MEASURE_NAMES: Record<Measure, string> = {
  RR: 'log risk ratio',
  OR: 'log odds ratio',
  RD: 'risk difference',
  PLO: 'logit proportion',
  PR: 'proportion',
  MD: 'mean difference',
  SMD: 'standardized mean difference (Hedges g)',
  GEN: 'effect sizes as given',
};

const num = (x: number, d = 4) => x.toFixed(d);
const pval = (p: number) => (p < 0.0001 ? '< 0.0001' : `= ${p.toFixed(4)}`);

/** The human-readable report: the study table, the pooled estimate and heterogeneity. */
export function table(r: MetaAnalysis): string {
  const back = backTransformFor(r.measure);
  const scale = r.backTransformed ? (r.backTransformed.scale === 'proportion' ? 'Prop.' : r.measure) : null;
  const width = Math.min(32, Math.max(5, ...r.studies.map((s) => s.study.length)));
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s).padEnd(width);
  const ci = (lo: number, hi: number) => `[${num(lo)}, ${num(hi)}]`;
  const bt = (e: number, lo: number, hi: number) =>
    scale ? `  ${back(e).toFixed(3)} [${back(lo).toFixed(3)}, ${back(hi).toFixed(3)}]` : '';
  const model = r.method === 'FE' ? 'fixed-effect model (FE)' : `random-effects model (${r.method})`;
  const lines = [
    `Meta-analysis of ${r.k} ${r.k === 1 ? 'study' : 'studies'}: ${r.measure} (${MEASURE_NAMES[r.measure]}), ${model}, ${r.test === 'knha' ? 'Knapp–Hartung t' : 'z'} test, ${r.level}% intervals`,
    '',
    `${'Study'.padEnd(width)}  ${'yi'.padStart(8)}  ${'vi'.padStart(8)}  ${'weight'.padStart(7)}  ${`${r.level}% CI`.padEnd(20)}${scale ? `  ${scale} [${r.level}% CI]` : ''}`,
    ...r.studies.map(
      (s) =>
        `${cut(s.study)}  ${num(s.yi).padStart(8)}  ${num(s.vi).padStart(8)}  ${`${s.weight.toFixed(2)}%`.padStart(7)}  ${ci(s.ciLower, s.ciUpper).padEnd(20)}${bt(s.yi, s.ciLower, s.ciUpper)}`,
    ),
    '',
    `Pooled estimate: ${num(r.estimate)} (SE ${num(r.se)}), ${r.level}% CI ${ci(r.ciLower, r.ciUpper)}, ${r.test === 'knha' ? `t(${r.df})` : 'z'} = ${r.statistic.toFixed(3)}, p ${pval(r.pval)}`,
  ];
  if (r.backTransformed) {
    const b = r.backTransformed;
    lines.push(
      `  as ${b.scale === 'proportion' ? 'a proportion' : b.scale}: ${b.estimate.toFixed(4)} [${b.ciLower.toFixed(4)}, ${b.ciUpper.toFixed(4)}]`,
    );
  }
  if (r.piLower !== null && r.piUpper !== null) {
    const b = r.backTransformed;
    lines.push(
      `${r.level}% prediction interval: ${ci(r.piLower, r.piUpper)}${b && b.piLower !== null && b.piUpper !== null ? `, as ${b.scale === 'proportion' ? 'a proportion' : b.scale} [${b.piLower.toFixed(4)}, ${b.piUpper.toFixed(4)}]` : ''}`,
    );
  }
  lines.push(
    `Heterogeneity: tau² = ${num(r.tau2)}${r.tau2Se !== null ? ` (SE ${num(r.tau2Se)})` : ''}, tau = ${num(r.tau)}, I² = ${r.i2.toFixed(2)}%, H² = ${r.h2.toFixed(2)}`,
    `Test for heterogeneity: Q(df = ${r.qDf}) = ${num(r.q)}, p ${pval(r.qPval)}`,
  );
  for (const w of r.warnings) lines.push(`Warning: ${w}`);
  return lines.join('\n');
}
