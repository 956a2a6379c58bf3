/**
 * When the first integration contact after a dosing session falls. The window's edges are elapsed
 * hours after the session ends (a night with a daylight-saving change has 23 or 25 clock hours);
 * the contact is booked at the program's local contact time in the organization's zone, on the
 * first day that time falls inside the window (or at the window's opening when none does). A
 * challenging experience books it at the first contact time at least `pulledForwardHours` after
 * the end — and never in the past.
 */
import { DateTime, IANAZone } from 'luxon';
import { invalid } from '../errors.ts';
import type { IntegrationSettings } from './settings.ts';

export interface WindowInput {
  /** When the dosing session ended (ISO-8601); null refuses: no window without an end. */
  dosingEndedAt: string | null;
  timezone: string;
  settings: IntegrationSettings;
  /** Whether the first contact is pulled forward (a challenging experience, or one undecided). */
  pullForward: boolean;
  now: string;
}

export interface IntegrationSlot {
  windowOpensAt: string;
  windowClosesAt: string;
  startsAt: string;
  endsAt: string;
  pulledForward: boolean;
}

const HOUR = 3_600_000;

function instant(value: string | null, field: string): number {
  if (value === null) throw invalid(field, 'missing-integration-window-needs');
  const t = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(t)) throw invalid(field, 'iso-8601-instant');
  return t;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The first instant at or after `from` whose local time in `zone` is `hhmm`. */
export function nextContactTime(from: number, zone: string, hhmm: string): number {
  const [hour, minute] = hhmm.split(':').map(Number);
  let day = DateTime.fromMillis(from, { zone }).startOf('day');
  for (let i = 0; i < 3; i++) {
    const at = day.set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
    if (at >= from) return at;
    day = day.plus({ days: 1 });
  }
  throw invalid('contactTime', 'no-local-time-follows', { hhmm, value: iso(from), zone });
}

/** The window and the booked slot; throws `invalid` naming the missing or broken input. */
export function integrationSlot(input: WindowInput): IntegrationSlot {
  const end = instant(input.dosingEndedAt, 'dosingEndedAt');
  const now = instant(input.now, 'now');
  if (!IANAZone.isValidZone(input.timezone))
    throw invalid('timezone', 'time-zone-named', { value: input.timezone });
  const { fromHours, toHours, pulledForwardHours, contactTime, durationMinutes } = input.settings;
  const opens = end + fromHours * HOUR;
  const closes = end + toHours * HOUR;
  let start = nextContactTime(opens, input.timezone, contactTime);
  if (start > closes) start = opens;
  let pulledForward = false;
  if (input.pullForward) {
    const earliest = Math.max(end + pulledForwardHours * HOUR, now);
    const early = nextContactTime(earliest, input.timezone, contactTime);
    if (early < start) {
      start = early;
      pulledForward = true;
    }
  }
  return {
    windowOpensAt: iso(opens),
    windowClosesAt: iso(closes),
    startsAt: iso(start),
    endsAt: iso(start + durationMinutes * 60_000),
    pulledForward,
  };
}
