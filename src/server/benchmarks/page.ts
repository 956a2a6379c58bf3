/**
 * The public outcome page: the published summary as plain, accessible HTML rendered on the server
 * (no script, a phone-first stylesheet), in Dutch or English. Every value is escaped; percentages
 * come with their 95% interval and n; withheld cells say why.
 */
import { createHash } from 'node:crypto';
import type { PublicBenchmark } from '../../api/benchmarks.ts';
import type { BesideStudy } from '../../domain/benchmarks/evidence.ts';
import { isSuppressed, type Suppressible } from '../../domain/outcomes/disclosure.ts';
import type { Proportion } from '../../domain/outcomes/types.ts';
import { LANGUAGE_NAME, NOTICE_TEXT, PAGE_TEXT, type PageLanguage } from './page-text.ts';

const STYLE = `body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;line-height:1.5;color:#1a1b1e}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ccc;vertical-align:top}
.note{color:#495057}.withheld{color:#495057;font-style:italic}nav{display:flex;gap:1rem;justify-content:flex-end}
@media (max-width:480px){table,tbody,tr,td,th{display:block}thead{display:none}td{border:0;padding:.1rem .4rem}td::before{content:attr(data-label) ": ";font-weight:600}tr{border-bottom:1px solid #ccc;padding:.4rem 0}}`;

/** The Content-Security-Policy of the page: its one stylesheet, nothing else. */
export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const esc = (v: unknown): string => String(v).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Text = (typeof PAGE_TEXT)[PageLanguage];

function percent(p: Suppressible<Proportion> | null, t: Text, lang: PageLanguage): string {
  if (p === null) return '—';
  if (isSuppressed(p)) return `<span class="withheld">${esc(t.withheld(p.suppressed.threshold))}</span>`;
  if (p.percent === null) return '—';
  const f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 });
  const ci = p.ci ? ` (${t.ci} ${f.format(p.ci.lower)}–${f.format(p.ci.upper)}%)` : '';
  return `${f.format(p.percent)}%${esc(ci)} <span class="note">${p.events}/${p.n}</span>`;
}

function summaryHtml(b: PublicBenchmark, t: Text, lang: PageLanguage): string {
  const s = b.summary;
  if ('suppressed' in s) return `<p class="withheld">${esc(t.wholeWithheld(s.suppressed.threshold))}</p>`;
  const rows = s.timepoints
    .map(
      (tp) =>
        `<tr><th scope="row">${esc(tp.label)}</th><td data-label="${esc(t.assessed)}">${tp.assessed}/${tp.expected}</td><td data-label="${esc(t.response)}">${percent(tp.response, t, lang)}</td><td data-label="${esc(t.remission)}">${percent(tp.remission, t, lang)}</td></tr>`,
    )
    .join('');
  const criteria = [s.criteria.responseCriterion, s.criteria.remissionCriterion, t.better[s.criteria.better]]
    .filter((c): c is string => Boolean(c))
    .map((c) => `<li>${esc(c)}</li>`)
    .join('');
  return `<p>${esc(t.started)}: <strong>${s.started}</strong></p>
<h2>${esc(t.criteria)}</h2><ul>${criteria}</ul><p class="note">${esc(t.method)}</p>
<table><thead><tr><th scope="col">${esc(t.timepoint)}</th><th scope="col">${esc(t.assessed)}</th><th scope="col">${esc(t.response)}</th><th scope="col">${esc(t.remission)}</th></tr></thead><tbody>${rows}</tbody></table>
${durabilityHtml(s.durability, t, lang)}<p class="note">${esc(t.minCell(s.minCellSize))}</p>`;
}

function durabilityHtml(
  d: Extract<PublicBenchmark['summary'], { started: number }>['durability'],
  t: Text,
  lang: PageLanguage,
): string {
  if (d === null) return '';
  if (isSuppressed(d))
    return `<h2>${esc(t.durability)}</h2><p class="withheld">${esc(t.withheld(d.suppressed.threshold))}</p>`;
  const rows = d.followUps
    .map(
      (f) =>
        `<tr><th scope="row">${esc(f.label)}</th><td data-label="${esc(t.sustained)}">${percent(f.sustained, t, lang)}</td><td data-label="${esc(t.sustainedAll)}">${percent(f.sustainedOfResponders, t, lang)}</td></tr>`,
    )
    .join('');
  return `<h2>${esc(t.durability)}</h2><p>${esc(t.responders(d.responders, d.endpointLabel))}</p>
<table><thead><tr><th scope="col">${esc(t.timepoint)}</th><th scope="col">${esc(t.sustained)}</th><th scope="col">${esc(t.sustainedAll)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function studyHtml(s: BesideStudy, t: Text): string {
  const head = `<h3>${esc(s.label)}</h3><p class="note">${esc([s.title, s.year].filter(Boolean).join(', '))} (${esc(t.status[s.citationStatus])})${s.doi ? ` · doi:${esc(s.doi)}` : ''}</p>`;
  if (s.results.length === 0) return `${head}<p class="note">${esc(t.noComparable)}</p>`;
  const items = s.results
    .map((r) => {
      const value =
        r.percent !== null
          ? `${r.percent}%`
          : r.events !== null && r.total !== null
            ? `${r.events}/${r.total}`
            : '—';
      return `<li>${esc(r.quantity)}, ${esc(r.measure)}, ${esc(r.timepoint)} (${esc(r.arm)}): <strong>${esc(value)}</strong> <span class="note">— ${esc(t.status[r.status])}; ${esc(r.provenance)}</span></li>`;
    })
    .join('');
  return `${head}<ul>${items}</ul>`;
}

export function renderBenchmarkPage(b: PublicBenchmark, lang: PageLanguage, self: string): string {
  const t = PAGE_TEXT[lang];
  const other: PageLanguage = lang === 'nl' ? 'en' : 'nl';
  const published = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(b.publishedAt));
  const studies = b.studies.length
    ? `<h2>${esc(t.studies)}</h2>${b.studies.map((s) => studyHtml(s, t)).join('')}`
    : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${t.title}: ${b.program.name} — ${b.organization.name}`)}</title><style>${STYLE}</style></head>
<body><nav><a href="${esc(`${self}?lang=${other}`)}" hreflang="${other}" lang="${other}">${esc(LANGUAGE_NAME[other])}</a><a href="${esc(`/api/public/organizations/${encodeURIComponent(b.organization.slug)}/benchmarks/${b.program.id}`)}">${esc(t.json)}</a></nav>
<main><h1>${esc(b.program.name)}</h1><p>${esc(b.organization.name)} · ${esc(t.published)} ${esc(published)} · ${esc(t.instrument)} ${esc(b.instrument.shortName)} (${esc(b.instrument.name)})</p>
<p class="note">${esc(NOTICE_TEXT[lang])}</p>
${summaryHtml(b, t, lang)}${studies}</main></body></html>`;
}

/** The page's language: ?lang= first, else the first of nl/en the browser prefers, else the organization's. */
export function pageLanguage(
  query: string | undefined,
  acceptLanguage: string | undefined,
  organizationLocale: string,
): PageLanguage {
  if (query === 'nl' || query === 'en') return query;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((l): l is PageLanguage => l === 'nl' || l === 'en');
  return preferred ?? (organizationLocale.toLowerCase().startsWith('nl') ? 'nl' : 'en');
}
