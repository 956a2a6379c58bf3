/** The printable house list of a cohort: every room and bed with its guest, diet and access needs (HTML). */

import type { CohortLodging } from '../../api/lodging.ts';
import { HOUSE_LIST_WORDS } from '../../domain/lodging/house-list-words.ts';
import { escapeHtml as e } from '../outbox/html.ts';

export function houseListHtml(cohortName: string, l: CohortLodging, lang: 'en' | 'nl'): string {
  const w = HOUSE_LIST_WORDS[lang];
  const byBed = new Map(l.guests.flatMap((g) => (g.bedId ? [[g.bedId, g] as const] : [])));
  const rows = l.rooms.flatMap((r) =>
    r.beds.map((b, i) => {
      const g = byBed.get(b.id);
      const tags = [r.accessible ? w.accessibleRoom : '', r.sharing === 'same-gender' ? w.sameGender : '']
        .filter(Boolean)
        .join(', ');
      return `<tr>${i === 0 ? `<th scope="rowgroup" rowspan="${r.beds.length}">${e(r.name)}${tags ? `<br><small>${e(tags)}</small>` : ''}</th>` : ''}<td>${e(b.label)}</td><td>${g ? e(g.client.name) : `<span class="free">${e(w.empty)}</span>`}</td><td>${e(g?.diet ?? '')}</td><td>${e(g?.accessNeeds ?? '')}</td></tr>`;
    }),
  );
  const unplaced = l.guests.filter((g) => !g.bedId);
  const title = w.title(cohortName);
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${e(title)}</title>`,
    '<style>body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}.free{color:#666}@page{margin:12mm}@media print{body{margin:0;font-size:11pt}thead{display:table-header-group}tr{break-inside:avoid}h2{break-after:avoid}}</style>',
    '</head><body>',
    `<h1>${e(title)}</h1>`,
    `<p>${e(l.stay ? w.nights(l.stay.arrivalDate, l.stay.departureDate) : w.noNights)}</p>`,
    `<table><thead><tr><th scope="col">${e(w.room)}</th><th scope="col">${e(w.bed)}</th><th scope="col">${e(w.guest)}</th><th scope="col">${e(w.diet)}</th><th scope="col">${e(w.access)}</th></tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
    unplaced.length
      ? `<h2>${e(w.unplaced)}</h2><ul>${unplaced.map((g) => `<li>${e(g.client.name)}${g.diet ? ` — ${e(w.diet)}: ${e(g.diet)}` : ''}${g.accessNeeds ? ` — ${e(w.access)}: ${e(g.accessNeeds)}` : ''}</li>`).join('')}</ul>`
      : '',
    '</body></html>',
  ].join('\n');
}
