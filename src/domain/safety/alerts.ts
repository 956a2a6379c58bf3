/**
 * Safety-alert rules, pure and in one place: which alerts a new questionnaire response (whoever
 * entered it: staff, the portal, FHIR or an import), a set of dosing vital signs or a missed
 * questionnaire raises. Each alert has a dedupe key, so the same event never raises two.
 */
import { compareScores } from '../instruments/change.ts';
import type { InstrumentDefinition, SafetyFlag, SafetyFlagId, Score } from '../instruments/types.ts';

export type AlertKind =
  | 'risk-flag'
  | 'deterioration'
  | 'vitals'
  | 'missed'
  | 'challenging-experience'
  | 'integration-missed'
  | 'at-home';
export type AlertSeverity = 'high' | 'medium' | 'low';

/** The codes a title and a trigger share: one per kind of alert with one sentence of each. */
const ONE_PER_KIND = [
  'deterioration',
  'vitals',
  'missed',
  'home-missed',
  'home-help',
  'integration-undecided',
  'integration-flagged',
  'integration-ceq',
  'integration-missed',
  'integration-unbookable',
] as const;

/** Every trigger code: one per kind of trigger sentence these rules (and their callers) write. */
export const ALERT_TRIGGER_CODES = ['flag-item', 'flag-ptsd', 'flag-wellbeing', ...ONE_PER_KIND] as const;
export type AlertTriggerCode = (typeof ALERT_TRIGGER_CODES)[number];

/** A value of a trigger: plain JSON (numbers, ISO times, instrument short names, flag ids). */
export type TriggerParam =
  | string
  | number
  | boolean
  | null
  | readonly TriggerParam[]
  | { readonly [key: string]: TriggerParam };
export type TriggerParams = { readonly [key: string]: TriggerParam };

export interface AlertDraft {
  kind: AlertKind;
  severity: AlertSeverity;
  title: string;
  /** The trigger in English words: the audit and export text, and what a screen shows without a code. */
  trigger: string;
  /** The trigger as a stable code and its values, for a screen to say it in the reader's language. */
  triggerCode: AlertTriggerCode | null;
  triggerParams: TriggerParams | null;
  dedupeKey: string;
}

export const isAlertTriggerCode = (code: unknown): code is AlertTriggerCode =>
  typeof code === 'string' && (ALERT_TRIGGER_CODES as readonly string[]).includes(code);

const FLAG_TRIGGER: Readonly<Record<NonNullable<SafetyFlag['reasonCode']>['code'], AlertTriggerCode>> = {
  'item-answered': 'flag-item',
  'ptsd-clusters': 'flag-ptsd',
  'wellbeing-low': 'flag-wellbeing',
};

/** A flag's trigger code: its reason's code with the instrument and flag id; none for a flag without one. */
function flagTrigger(shortName: string, f: SafetyFlag): Pick<AlertDraft, 'triggerCode' | 'triggerParams'> {
  const rc = f.reasonCode;
  const code = rc ? FLAG_TRIGGER[rc.code] : undefined;
  if (!rc || !code) return { triggerCode: null, triggerParams: null };
  return { triggerCode: code, triggerParams: { instrument: shortName, flag: f.id, ...rc.params } };
}

/** Flags that mean a client may be at risk now: the client sees the crisis message at once. */
export const RISK_FLAGS: ReadonlySet<string> = new Set(['suicide-risk']);

export const hasRiskFlag = (flags: readonly SafetyFlag[]): boolean => flags.some((f) => RISK_FLAGS.has(f.id));

/**
 * The alert each instrument flag raises. Typed over every flag id, so a new flag cannot ship
 * without a decision here. `null`: the flag describes the experience, not a risk (a complete
 * mystical experience on the MEQ-30 is an outcome researchers count, not something a clinician
 * must act on), so it raises no alert. A flag id missing at run time (an old stored flag, a
 * definition out of step) raises a medium alert: unknown means look, never ignore.
 */
export const FLAG_ALERT_SEVERITY: Readonly<Record<SafetyFlagId, AlertSeverity | null>> = {
  'suicide-risk': 'high',
  'provisional-ptsd': 'medium',
  'poor-wellbeing': 'medium',
  'complete-mystical-experience': null,
};

export function flagSeverity(id: string): AlertSeverity | null {
  if (RISK_FLAGS.has(id)) return 'high';
  const known = FLAG_ALERT_SEVERITY as Readonly<Record<string, AlertSeverity | null>>;
  return Object.hasOwn(known, id) ? (known[id] ?? null) : 'medium';
}

/**
 * Alerts for one response: each flag by FLAG_ALERT_SEVERITY (a risk flag is high severity), and a
 * reliable deterioration from the client's baseline on the same instrument (medium), when the
 * instrument defines reliable change (never for a measure of one experience, such as the MEQ-30,
 * where change between administrations has no meaning).
 */
export function alertsForResponse(input: {
  responseId: string;
  instrument: InstrumentDefinition;
  score: Score;
  baseline: { responseId: string; score: Score } | null;
}): AlertDraft[] {
  const { responseId, instrument, score, baseline } = input;
  const out: AlertDraft[] = score.flags.flatMap((f) => {
    const severity = flagSeverity(f.id);
    if (severity === null) return [];
    return [
      {
        kind: 'risk-flag' as const,
        severity,
        title: `${RISK_FLAGS.has(f.id) ? 'Risk answer' : 'Flagged answer'} on ${instrument.shortName}`,
        trigger: `${instrument.shortName}: ${f.reason}`,
        ...flagTrigger(instrument.shortName, f),
        dedupeKey: `response:${responseId}:flag:${f.id}`,
      },
    ];
  });
  if (
    baseline &&
    baseline.responseId !== responseId &&
    instrument.change.better !== 'none' &&
    score.total !== null &&
    baseline.score.total !== null
  ) {
    const change = compareScores(instrument, baseline.score, score);
    const rc = change.reliableChange;
    if (rc?.reliable && rc.direction === 'deteriorated') {
      out.push({
        kind: 'deterioration',
        severity: 'medium',
        title: `Reliable deterioration on ${instrument.shortName}`,
        trigger: `${instrument.shortName} ${change.baseline} at baseline → ${change.followUp} now (a change of ${Math.abs(change.absolute)} points; reliable change needs ${round(rc.threshold)})`,
        triggerCode: 'deterioration',
        triggerParams: {
          instrument: instrument.shortName,
          baseline: change.baseline,
          now: change.followUp,
          change: Math.abs(change.absolute),
          threshold: round(rc.threshold),
        },
        dedupeKey: `response:${responseId}:deterioration`,
      });
    }
  }
  return out;
}

/**
 * The alerts of a response imported from past records: the same alerts, same severity and same
 * email to the clinicians — a risk answer is never dropped for being old — but their title and
 * trigger say that it was imported and on which day it was answered, so no one takes a risk answer
 * from years ago for one given today, and no one dismisses it without reading it.
 */
export function asImported(drafts: readonly AlertDraft[], administeredAt: string): AlertDraft[] {
  const day = administeredAt.slice(0, 10);
  return drafts.map((d) => ({
    ...d,
    title: `${d.title} (imported, answered ${day})`,
    trigger: `${d.trigger}. Imported from past records: answered on ${day}, not now.`,
    triggerParams: d.triggerCode ? { ...d.triggerParams, importedOn: day } : d.triggerParams,
  }));
}

/**
 * An alert for a set of dosing vital signs beyond the program's limits (one per set). Each flag's
 * code is a field code (src/domain/field-codes.ts) with its value and limit.
 */
export function alertForVitals(input: {
  vitalSignsId: string;
  flags: readonly { message: string; code: string; value: number; limit: number }[];
}): AlertDraft | null {
  if (input.flags.length === 0) return null;
  return {
    kind: 'vitals',
    severity: 'medium',
    title: 'Vital signs beyond the limit',
    trigger: input.flags.map((f) => f.message).join(' '),
    triggerCode: 'vitals',
    triggerParams: { flags: input.flags.map((f) => ({ code: f.code, value: f.value, limit: f.limit })) },
    dedupeKey: `vitals:${input.vitalSignsId}`,
  };
}

/** An alert for a questionnaire whose window closed unanswered. */
export function alertForMissed(input: {
  invitationId: string;
  label: string;
  instrument: string;
}): AlertDraft {
  return {
    kind: 'missed',
    severity: 'low',
    title: `Missed questionnaire: ${input.instrument}`,
    trigger: `${input.label} (${input.instrument}) was not answered before its window closed.`,
    triggerCode: 'missed',
    triggerParams: { label: input.label, instrument: input.instrument },
    dedupeKey: `invitation:${input.invitationId}:missed`,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Every title code: one per title these rules write. */
export const ALERT_TITLE_CODES = ['risk-answer', 'flagged-answer', ...ONE_PER_KIND] as const;

/** An alert's title as a stable code and its values, for a client to say in its own language. */
export interface AlertTitleCode {
  code: (typeof ALERT_TITLE_CODES)[number];
  params: { instrument?: string; importedOn?: string };
}

const IMPORTED = / \(imported, answered (\d{4}-\d{2}-\d{2})\)$/;
const TITLES: ReadonlyArray<[RegExp, AlertTitleCode['code']]> = [
  [/^Risk answer on (.+)$/, 'risk-answer'],
  [/^Flagged answer on (.+)$/, 'flagged-answer'],
  [/^Reliable deterioration on (.+)$/, 'deterioration'],
  [/^Vital signs beyond the limit$/, 'vitals'],
  [/^Missed questionnaire: (.+)$/, 'missed'],
  [/^Missed at-home check-in$/, 'home-missed'],
  [/^At-home session: I need help$/, 'home-help'],
  [/^Experience could not be judged: first integration contact pulled forward$/, 'integration-undecided'],
  [/^Difficult session flagged: first integration contact pulled forward$/, 'integration-flagged'],
  [/^Challenging experience on the CEQ: first integration contact pulled forward$/, 'integration-ceq'],
  [/^Missed integration contact$/, 'integration-missed'],
  [/^Integration contact could not be booked$/, 'integration-unbookable'],
];

/**
 * The code of a title these rules wrote (the titles are stored as English words); null for any
 * other title, which is then shown as it is.
 */
export function alertTitleCode(title: string): AlertTitleCode | null {
  const imported = IMPORTED.exec(title);
  const base = imported ? title.slice(0, imported.index) : title;
  for (const [pattern, code] of TITLES) {
    const m = pattern.exec(base);
    if (!m) continue;
    return {
      code,
      params: {
        ...(m[1] ? { instrument: m[1] } : {}),
        ...(imported?.[1] ? { importedOn: imported[1] } : {}),
      },
    };
  }
  return null;
}
