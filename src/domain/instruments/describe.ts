/**
 * The instrument reference as Markdown, generated from the registry itself so the documentation
 * can never disagree with what Threshold scores (docs/instruments.md; a test keeps it current).
 */
import type { InstrumentDefinition, Sourced, TranslationRecord } from './types.ts';

const STATUS: Record<string, string> = {
  confirmed: 'confirmed',
  secondary: 'secondary source',
  unverified: '**unverified**',
};
const cite = (s: Pick<Sourced<unknown>, 'status' | 'source'>) => `(${STATUS[s.status]}: ${s.source})`;

function instrumentSection(d: InstrumentDefinition): string {
  const out: string[] = [];
  out.push(`## ${d.shortName} — ${d.name} (\`${d.id}\`, version ${d.version})`, '');
  out.push(`- Authors: ${d.authors}`);
  out.push(`- Citation: ${d.citation.value} ${cite(d.citation)}`);
  out.push(`- Licence: ${d.licence.value} ${cite(d.licence)}`);
  out.push(`- Item texts: ${d.textSource.value} ${cite(d.textSource)}`);
  out.push(`- Recall period: ${d.recallPeriod}. Languages: ${d.languages.join(', ')}.`);
  const scored = d.items.filter((i) => i.scored).length;
  out.push(
    `- Items: ${d.items.length}${scored !== d.items.length ? ` (${scored} scored)` : ''}; total range ${d.totalRange.min}–${d.totalRange.max}.`,
  );
  if (d.loinc.panel) out.push(`- LOINC panel: ${d.loinc.panel.value} ${cite(d.loinc.panel)}`);
  if (d.loinc.total) out.push(`- LOINC total: ${d.loinc.total.value} ${cite(d.loinc.total)}`);
  out.push('', '**Scoring**', '');
  for (const r of d.scoringRules) out.push(`- ${r}`);
  out.push(`- Missing answers: ${d.missingRule}`);
  out.push('', '**Severity bands**', '');
  if (d.bands) {
    out.push(`${cite(d.bands)}`, '', '| total | severity |', '| --- | --- |');
    for (const b of d.bands.value) out.push(`| ${b.min}–${b.max} | ${b.label} |`);
  } else out.push('None published: Threshold shows no severity label.');
  out.push('', '**Change**', '');
  const c = d.change;
  if (c.better === 'none') {
    out.push('- A state measure of one experience: change between administrations is not defined.', '');
    return finish(out, d);
  }
  out.push(`- Improvement is a ${c.better} score.`);
  out.push(
    c.response
      ? `- Response: ≥ ${c.response.value.percent}% improvement from baseline ${cite(c.response)}`
      : '- Response: no published definition.',
  );
  out.push(
    c.remission
      ? `- Remission: total ≤ ${c.remission.value.maxTotal} ${cite(c.remission)}`
      : '- Remission: no published definition.',
  );
  out.push(
    c.reliableChange
      ? `- Reliable change: ≥ ${c.reliableChange.value.points} points${c.reliableChange.value.on ? ` of the ${c.reliableChange.value.on} score` : ''} ${cite(c.reliableChange)}`
      : '- Reliable change: no published fixed threshold.',
  );
  if (c.mcid) {
    const range =
      c.mcid.value.upTo !== undefined
        ? `${c.mcid.value.points}–${c.mcid.value.upTo}`
        : `${c.mcid.value.points}`;
    out.push(`- Minimal clinically important difference: ${range} points ${cite(c.mcid)}`);
  }
  for (const r of c.reliability) {
    out.push(
      `- Reliability: ${r.value.kind} ${r.value.r}${r.value.sd !== null ? `, SD ${r.value.sd}` : ''} (${r.value.sample}) ${cite(r)}`,
    );
  }
  return finish(out, d);
}

function finish(out: string[], d: InstrumentDefinition): string {
  out.push('', '**Safety flags**', '');
  if (d.safety.length) for (const s of d.safety) out.push(`- \`${s.flag}\`: ${s.description} ${cite(s)}`);
  else out.push('None.');
  translationsSection(out, d);
  out.push('');
  return out.join('\n');
}

function translationRecord(out: string[], r: TranslationRecord) {
  out.push(`- \`${r.language}\`: ${r.decision} Status: ${STATUS[r.status]}. Licence: ${r.licence}.`);
  for (const c of r.copies) out.push(`  - Copy: ${c.source}: ${c.note}`);
  for (const x of r.disagreements) out.push(`  - Disagreement: ${x}`);
}

function translationsSection(out: string[], d: InstrumentDefinition) {
  out.push('', '**Translations**', '');
  const builtIn = Object.entries(d.translations ?? {});
  for (const [language, t] of builtIn) out.push(`- \`${language}\` installed ${cite(t)}`);
  for (const r of d.translationRecords ?? []) translationRecord(out, r);
  if (!builtIn.length && !d.translationRecords?.length) out.push('English only.');
}

export function describeInstruments(list: readonly InstrumentDefinition[]): string {
  return [
    '# Questionnaires',
    '',
    'Generated from the instrument registry (`src/domain/instruments`) by `npm run docs:instruments`; do not edit by hand.',
    'Each fact carries its verification status: **confirmed** (seen in the named primary source), **secondary source**',
    '(seen only in a secondary page or third-party code), or **unverified** (not confirmed; shown as such in the app).',
    'Item texts are installed in English. A translation is installed only where at least two independent public copies',
    'agree word for word; each instrument records the copies found and where they disagree. An organization adds the',
    'licensed translation it holds (Instruments → Translations), checked for completeness, for its own clients only.',
    '',
    ...list.map(instrumentSection),
  ].join('\n');
}
