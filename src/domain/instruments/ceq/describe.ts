/** The CEQ's section of docs/instruments.md: what was checked and what the organization supplies. */
import { CEQ_FACTORS, CEQ_FACTS, CEQ_ID, CEQ_VERSION } from './facts.ts';

const STATUS: Record<string, string> = {
  confirmed: 'confirmed',
  secondary: 'secondary source',
  unverified: '**unverified**',
};
const cite = (s: { status: string; source: string }) => `(${STATUS[s.status]}: ${s.source})`;

export function describeCeq(): string {
  const f = CEQ_FACTS;
  return [
    `## CEQ — ${f.name} (\`${CEQ_ID}\`, version ${CEQ_VERSION}): from the organization's licensed copy`,
    '',
    'Threshold ships the CEQ’s facts and its scoring, but not its item texts or its item-to-factor key: neither was',
    'found in two independent public copies; they come with the organization’s licensed copy, which owners and',
    'clinicians import through the API (`PUT /api/ceq/copy`, checked whole) and score with (`POST /api/ceq/score`,',
    'nothing stored). Once an organization has stored its copy, its programs can schedule the CEQ like any other',
    'questionnaire (for example right after each dosing session), clients answer it in the portal with the copy’s',
    'texts, and its total (0–5) is what the integration window compares with the organization’s CEQ threshold.',
    'Without a stored copy a program that schedules the CEQ is refused, naming the field.',
    '',
    `- Authors: ${f.authors}`,
    `- Citation: ${f.citation.value} ${cite(f.citation)}`,
    `- Licence: ${f.licence.value} ${cite(f.licence)}`,
    `- Item texts: ${f.itemTexts.value} ${cite(f.itemTexts)}`,
    `- Factors: ${f.factors.value.join(', ')} ${cite(f.factors)}`,
    `- Items: ${f.itemCount.value} ${cite(f.itemCount)}; answers ${f.scale.value.min}–${f.scale.value.max} ${cite(f.scale)}`,
    '',
    '**Scoring**',
    '',
    `- ${f.scoring.value} ${cite(f.scoring)}`,
    `- Factor keys in results: ${CEQ_FACTORS.map((x) => `\`${x.key}\``).join(', ')}.`,
    '- Missing answers: scoring needs every item.',
    '- A key is refused unless it names exactly the seven factors and puts every item 1–26 on exactly one of them.',
    '',
  ].join('\n');
}
