/**
 * An alert's trigger in the UI language, from the code and values the server stored with it
 * (triggerCode, triggerParams): times in the organization's zone, numbers through Intl. English
 * keeps the server's own words (they name the instrument's answer label, which has no Dutch text
 * in Threshold), except for a trigger with a time, which the server wrote in UTC. An alert without
 * a code (raised before codes were stored), or with a code or values this app cannot say, is shown
 * in the words the server stored.
 */
import type { Alert } from '../../api/alerts.ts';
import { currentFormatter } from '../i18n/format.ts';
import { currentLanguage, i18n } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';

type Coded = Pick<Alert, 'trigger' | 'triggerCode' | 'triggerParams'>;
type Params = Readonly<Record<string, unknown>>;

const num = (v: unknown): string | null =>
  typeof v === 'number' && Number.isFinite(v) ? currentFormatter().number(v) : null;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const records = (v: unknown): Params[] | null =>
  Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null) ? (v as Params[]) : null;

/** All values present, or null (the stored words are shown instead). */
function all(values: Record<string, string | null>): Record<string, string> | null {
  for (const v of Object.values(values)) if (v === null) return null;
  return values as Record<string, string>;
}

const T = (key: string, values?: Record<string, unknown>) => tKey(`alertTriggers:${key}`, values);

/** Codes whose stored words carry a UTC time: said through the words here in every language. */
const ZONED: ReadonlySet<string> = new Set(['home-missed', 'integration-missed']);

const UNDECIDED: Record<string, string> = {
  'ceq-no-total': 'parts.undecidedNoTotal',
  'ceq-no-threshold': 'parts.undecidedNoThreshold',
};
const MISSED_BECAUSE: Record<string, string> = {
  'not-recorded': 'parts.missedNotRecorded',
  absent: 'parts.missedAbsent',
  cancelled: 'parts.missedCancelled',
};

function say(code: NonNullable<Alert['triggerCode']>, p: Params): string | null {
  const f = currentFormatter();
  switch (code) {
    case 'flag-item': {
      const v = all({ instrument: str(p.instrument), item: num(p.item), value: num(p.value) });
      return v && T(code, v);
    }
    case 'flag-ptsd': {
      const clusters = records(p.clusters);
      if (!clusters) return null;
      const parts = clusters.map((c) => {
        const v = all({ key: str(c.key), count: num(c.count), of: num(c.of), needed: num(c.needed) });
        return v && T('parts.ptsdCluster', v);
      });
      if (parts.some((x) => x === null)) return null;
      const instrument = str(p.instrument);
      return instrument && T(code, { instrument, clusters: parts.join(', ') });
    }
    case 'flag-wellbeing': {
      const items = records(p.items);
      const raw = num(p.raw);
      const below = num(p.rawBelow);
      const instrument = str(p.instrument);
      if (!items || !raw || !below || !instrument) return null;
      const reasons: string[] = [];
      if ((p.raw as number) < (p.rawBelow as number)) reasons.push(T('parts.wellbeingRaw', { raw, below }));
      const answered = items.map((i) => {
        const v = all({ item: num(i.item), value: num(i.value) });
        return v && T('parts.wellbeingItem', v);
      });
      if (answered.some((x) => x === null)) return null;
      if (answered.length) reasons.push(answered.join(', '));
      if (reasons.length === 0) return null;
      const text = reasons.join('; ');
      return T(code, { instrument, reasons: text.charAt(0).toUpperCase() + text.slice(1) });
    }
    case 'deterioration': {
      const v = all({
        instrument: str(p.instrument),
        baseline: num(p.baseline),
        now: num(p.now),
        change: num(p.change),
        threshold: num(p.threshold),
      });
      return v && T(code, v);
    }
    case 'vitals': {
      const flags = records(p.flags);
      if (!flags || flags.length === 0) return null;
      const texts = flags.map((fl) => {
        const key = `errors:fieldCodes.${String(fl.code)}`;
        const v = all({ value: num(fl.value), limit: num(fl.limit) });
        return v && typeof fl.code === 'string' && i18n.exists(key) ? tKey(key, v) : null;
      });
      return texts.some((x) => x === null) ? null : texts.join(' ');
    }
    case 'missed': {
      const v = all({ label: str(p.label), instrument: str(p.instrument) });
      return v && T(code, v);
    }
    case 'home-missed': {
      if (!isIso(p.dueAt)) return null;
      const at = f.time(p.dueAt);
      const offset = num(p.offsetMinutes);
      return T(code, { time: offset === null ? at : T('parts.checkinOffset', { time: at, offset }) });
    }
    case 'home-help': {
      const who = { client: 'parts.helpClient', support: 'parts.helpSupport' }[String(p.answeredBy)];
      return who ? T(code, { who: T(who) }) : null;
    }
    case 'integration-undecided': {
      const key = UNDECIDED[String(p.reason)];
      return key ? T(key) : null;
    }
    case 'integration-flagged': {
      const note = str(p.note);
      return note ? T(code, { note }) : T('parts.flaggedWithoutNote');
    }
    case 'integration-ceq': {
      const v = all({ total: num(p.total), threshold: num(p.threshold) });
      return v && T(code, v);
    }
    case 'integration-missed': {
      const because = MISSED_BECAUSE[String(p.why)];
      if (!because || !isIso(p.startsAt)) return null;
      return T(code, { time: f.dateTime(p.startsAt), because: T(because) });
    }
    case 'integration-unbookable': {
      const key = `errors:codes.${String(p.problem)}`;
      if (typeof p.problem !== 'string' || !i18n.exists(key)) return null;
      const values = typeof p.problemParams === 'object' && p.problemParams !== null ? p.problemParams : {};
      return T(code, { why: tKey(key, values as Params) });
    }
    default:
      return null;
  }
}

export function alertTrigger(alert: Coded): string {
  const code = alert.triggerCode;
  const params = alert.triggerParams;
  if (!code || !params) return alert.trigger;
  if (currentLanguage() === 'en' && !ZONED.has(code)) return alert.trigger;
  const text = say(code, params);
  if (text === null) return alert.trigger;
  const imported = params.importedOn;
  return typeof imported === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(imported)
    ? T('imported', { trigger: text.replace(/\.$/, ''), date: currentFormatter().date(imported) })
    : text;
}
