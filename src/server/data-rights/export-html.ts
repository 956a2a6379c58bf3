/**
 * The readable summary in a client's export: one self-contained HTML page (no scripts, no remote
 * resources), every value escaped. The JSON beside it is complete; this is for reading.
 */
import type { ClientData } from './export-collect.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'object') return escapeHtml(JSON.stringify(v));
  return escapeHtml(String(v));
}

/** A table of rows with the given columns (keys of the readable rows). */
function table(rows: ReadonlyArray<Record<string, unknown>>, columns: Array<[string, string]>): string {
  if (rows.length === 0) return '<p>None.</p>';
  const head = columns.map(([, label]) => `<th scope="col">${escapeHtml(label)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map(([k]) => `<td>${value(r[k])}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const section = (title: string, html: string) =>
  `<section><h2>${escapeHtml(title)}</h2>\n${html}\n</section>`;

export function summaryHtml(d: ClientData, organization: string, exportedAt: string): string {
  const c = d.client;
  const name = `${c.givenName ?? ''} ${c.familyName ?? ''}`.trim();
  const details: Array<[string, unknown]> = [
    ['Name', name],
    ['Preferred name', c.preferredName],
    ['Date of birth', c.dateOfBirth],
    ['Sex at birth', c.sexAtBirth],
    ['Gender', c.gender],
    ['Email', c.email],
    ['Phone', c.phone],
    ['Address', c.address],
    [
      'Emergency contact',
      [c.emergencyContactName, c.emergencyContactRelationship, c.emergencyContactPhone]
        .filter(Boolean)
        .join(', '),
    ],
    ['Language', c.language],
    ['Clinical notes', c.notes],
    ['Record created', c.createdAt],
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`Your record at ${organization}`)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}dt{font-weight:600}dd{margin:0 0 .5rem}</style></head>
<body>
<h1>${escapeHtml(`Your record at ${organization}`)}</h1>
<p>Exported ${escapeHtml(exportedAt)} at your request (GDPR Article 15). The complete data is in
<code>client.json</code>; your questionnaires and scores are also in <code>fhir/bundle.json</code> (HL7 FHIR R4).</p>
${section('Your details', `<dl>${details.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${value(v)}</dd>`).join('')}</dl>`)}
${section(
  'Programs',
  table(d.enrollments, [
    ['programName', 'Program'],
    ['startDate', 'Start'],
    ['status', 'Status'],
    ['statusReason', 'Reason'],
  ]),
)}
${section(
  'Screenings',
  table(d.screenings, [
    ['recordedAt', 'Recorded'],
    ['modality', 'Modality'],
    ['decision', 'Decision'],
    ['rationale', 'Rationale'],
    ['notes', 'Notes'],
  ]),
)}
${section(
  'Consents',
  table(d.consents, [
    ['documentTitle', 'Document'],
    ['documentVersion', 'Version'],
    ['signedAt', 'Signed'],
    ['method', 'How'],
    ['withdrawnAt', 'Withdrawn'],
  ]),
)}
${section(
  'Sessions',
  table(d.sessions, [
    ['name', 'Session'],
    ['startsAt', 'Starts'],
    ['status', 'Status'],
    ['attendance', 'Attendance'],
    ['note', 'Note'],
  ]),
)}
${section(
  'Dosing',
  table(d.dosing, [
    ['startedAt', 'Started'],
    ['substance', 'Substance'],
    ['doseMg', 'Dose (mg)'],
    ['route', 'Route'],
    ['notes', 'Notes'],
    ['vitalSigns', 'Vital signs'],
    ['adverseEvents', 'Adverse events'],
  ]),
)}
${section(
  'Questionnaires',
  table(d.responses, [
    ['administeredAt', 'Answered'],
    ['instrumentId', 'Questionnaire'],
    ['total', 'Score'],
    ['severity', 'Severity'],
    ['answers', 'Answers'],
  ]),
)}
${section(
  'Journal',
  table(d.journal, [
    ['createdAt', 'Written'],
    ['body', 'Entry'],
    ['sharedAt', 'Shared'],
  ]),
)}
${section(
  'Alerts',
  table(d.alerts, [
    ['createdAt', 'Raised'],
    ['title', 'Alert'],
    ['trigger', 'Trigger'],
    ['status', 'Status'],
    ['resolutionNote', 'Resolution'],
  ]),
)}
${section(
  'Messages sent to you',
  table(d.messages, [
    ['createdAt', 'Created'],
    ['subject', 'Subject'],
    ['toAddress', 'To'],
    ['status', 'Status'],
  ]),
)}
${section(
  'Who saw or changed your record',
  table(d.accessLog, [
    ['at', 'When'],
    ['by', 'Who'],
    ['action', 'What'],
  ]),
)}
</body></html>
`;
}
