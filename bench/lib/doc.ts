/**
 * Keeps one generated section of a Markdown file up to date, between
 * `<!-- bench:<id>:start -->` and `<!-- bench:<id>:end -->`. Everything outside the markers is left
 * as it is, so hand-written notes survive re-runs.
 */
import fs from 'node:fs';
import path from 'node:path';

const HEADER = `# Performance

Measured numbers from the benchmarks under \`bench/\` (\`npx tsx bench/run.ts\`). The sections between
the \`bench:…\` markers are rewritten by the benchmark scripts; write notes outside them.
`;

export function updateSection(file: string, id: string, body: string): void {
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : HEADER;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from !== -1 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}

/** A Markdown table; the first row is the header. Cells after the first are right-aligned. */
export function markdownTable(rows: string[][]): string {
  const [head, ...rest] = rows;
  if (!head) return '';
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  const rule = `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(head), rule, ...rest.map(line)].join('\n');
}

/** The same table padded for a terminal. */
export function textTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))
    .join('\n');
}
